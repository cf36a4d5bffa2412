import { render } from 'preact';
import { createOptionsState } from '../../components/options/options-state';
import { localizePage } from '../../shell/i18n';
import { App } from './App';
import { pageDeps, settingsDeps } from './deps';
import '../../components/theme.css';
import '../../components/options/options.css';

localizePage('optionsDocumentTitle');
const state = createOptionsState(settingsDeps());
void state.start();
render(<App state={state} deps={pageDeps()} />, document.getElementById('app')!);
