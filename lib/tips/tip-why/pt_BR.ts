/** Why each tip helps, in Brazilian Portuguese (see lib/tips/tip-why/en.ts). */
import type { WhyId } from './en';

export const WHY: Record<WhyId, string> = {
  'feed-pillow-mid-back':
    'Um recém-nascido costuma mamar de oito a doze vezes por dia. Se você afunda num assento macio, são horas por dia com as costas arredondadas; por isso, um pouco de apoio em cada mamada faz diferença no total.',
  'feed-feet-raised':
    'Com os pés apoiados mais alto, as coxas sobem e o colo também: o bebê fica mais alto com menos travesseiros, e as pernas têm uma base, então você consegue se encostar na cadeira em vez de ficar na beirada do assento, inclinando-se para a frente.',
  'feed-baby-up':
    'Curvar-se em direção ao bebê sobrecarrega os músculos entre as escápulas, e esse esforço vai se acumulando mamada após mamada.',
  'feed-side-lying':
    'A posição deitada deixa as costas descansarem durante a mamada. Como você pode pegar no sono, prepare tudo como para dormir: bebê de barriga para cima num colchão firme e plano, longe de travesseiros e edredons, e nunca com o bebê no sofá ou na poltrona. Os riscos aumentam depois de álcool, drogas, cigarro ou remédio que dá sono.',
  'feed-bottle':
    'A dor entre as escápulas muitas vezes vem da postura curvada, olhando para baixo, de dar de mamar, seja no peito ou na mamadeira.',
  'feed-caesarean-holds':
    'As duas posições mantêm o peso do bebê e os chutinhos longe de um corte que ainda está cicatrizando, e os travesseiros tiram o peso dos seus braços.',
  'desk-screen-height':
    'Olhar para baixo por muito tempo arredonda a parte de cima das costas, e essa postura está por trás de boa parte da dor entre as escápulas.',
  'desk-two-minute-walk':
    'Caminhar põe em movimento as costas rígidas. Funciona melhor junto com o trabalho de core, porque sozinha a caminhada não reconstrói a força.',
  'lift-hip-hinge':
    'Dobrar o corpo com as costas arredondadas não faz mal, e costas acostumadas a isso lidam bem com o movimento. Nos primeiros meses, a dobradiça de quadril costuma ser mais fácil porque o quadril e as pernas dividem a carga; um artigo calcula que o bebê é pego no colo cerca de 50 vezes por dia.',
  'lift-lunge-down':
    'O afundo costuma ser mais leve para as costas e os joelhos do que se curvar a partir da posição de pé.',
  'lift-exhale':
    'Fazer força prendendo a respiração empurra o assoalho pélvico para baixo e a parede abdominal para fora. Quando você solta o ar durante o esforço, os músculos profundos da barriga e o assoalho pélvico conseguem se firmar junto com o movimento.',
  'lift-switch-hips':
    'Segurar o bebê apoiado num lado do quadril é um dos momentos em que a dor lombar mais aparece; trocar de lado divide a carga.',
  'lift-car-seat':
    'Um bebê-conforto com o bebê dentro é um peso grande, por isso esta dica espera até seis semanas depois do parto, e doze depois de uma cesárea: até lá, não levante nada mais pesado que o seu bebê.',
  'lift-stroller':
    'Esta dica espera até seis semanas depois do parto, e doze depois de uma cesárea; antes disso, outra pessoa pode levantar o carrinho.',
  'lift-weekly-shop':
    'Esta dica espera até seis semanas depois do parto, e doze depois de uma cesárea; antes disso, deixe cada sacola mais leve que o seu bebê.',
  'lift-carrier':
    'Carregar o bebê no canguru por horas seguidas é uma causa comum de dor no meio e na parte de cima das costas.',
  'lift-for-you':
    'Depois do parto, a parede abdominal e o assoalho pélvico precisam de semanas para se recuperar, e de mais tempo depois de uma cesárea, que é uma cirurgia. Os pesos maiores voltam passo a passo a partir de seis semanas (doze depois de uma cesárea).',
  'lift-nappy-height':
    'Trocar fralda significa se curvar rapidamente muitas vezes por dia. Uma superfície na altura da cintura, ou ficar de joelhos, deixa cada inclinação pequena.',
  'breath-360':
    'Num estudo australiano com mais de 38.000 mulheres de 18 a 75 anos, a dor nas costas estava mais ligada a problemas respiratórios e perdas de urina do que ao nível de atividade física ou ao peso.',
  'breath-exhale-lift':
    'Uma ativação suave como esta, e não abdominais ou pranchas, é por onde começa a reconstrução do core.',
  'breath-rib-stack':
    'Costelas que não estão alinhadas sobre a pelve são um motivo comum para a dobradiça de quadril incomodar.',
  'breath-crunches-wait':
    'Durante a gravidez, os músculos abdominais profundos se alongam e podem se afastar no meio (diástase abdominal). Abdominais e pranchas fazem mais sentido quando essa camada profunda volta a funcionar.',
  'breath-cylinder':
    'Se um dos quatro está sem prática, os outros assumem a parte dele, e geralmente são as costas que acabam cansadas e tensas.',
  'breath-leaks-linked':
    'O assoalho pélvico tem duas funções: manter a continência e, com a sua camada mais profunda, ajudar a estabilizar a coluna. Quando ele está fraco, as duas funções podem sofrer ao mesmo tempo.',
  'pf-slow-holds':
    'O treino do assoalho pélvico feito todos os dias por pelo menos três meses é o que as diretrizes oferecem primeiro para perdas de urina depois do parto, e ajuda o assoalho pélvico a dar suporte às costas.',
  'pf-quick-squeezes':
    'As contrações rápidas treinam a reação veloz que segura na hora de tossir, rir ou levantar peso; as lentas constroem resistência. Um programa tem as duas.',
  'pf-every-day':
    'Os músculos levam meses para ganhar força. Se nada mudou depois de cerca de três meses de prática regular, uma avaliação de fisioterapia pélvica pode mostrar o que o seu assoalho pélvico está fazendo.',
  'pf-before-a-cough':
    'Uma tosse ou um espirro empurra o assoalho pélvico para baixo com força. Contraí-lo um instante antes faz frente a esse empurrão.',
  'mob-cat-cow':
    'Arredondar e arquear devolvem à coluna o movimento de dobrar para a frente e para trás que ela perde durante a gravidez.',
  'mob-open-book':
    'Conforme a barriga cresce, a coluna gira cada vez menos, e essa rigidez pode continuar depois do parto. A rotação devolve esse movimento.',
  'mob-chair-extension':
    'As mamadas e as telas mantêm o corpo curvado para a frente; arquear um pouco para trás desfaz parte disso.',
  'mob-roll-down':
    'Uma coluna arredondada é saudável e forte quando está acostumada à carga. Nos primeiros meses, a dobradiça de quadril é apenas o jeito mais fácil de levantar peso.',
  'mob-hamstrings':
    'A musculatura posterior da coxa encurtada muitas vezes contribui para a dor lombar depois do parto.',
  'mob-not-stretching':
    'Costas tensas e doloridas geralmente estão sobrecarregadas, não encurtadas. Força e movimento chegam à raiz disso; só alongar, não.',
  'mob-gentle-stretch':
    'Os hormônios da gravidez deixam os ligamentos mais frouxos, e não se sabe exatamente quanto tempo isso dura depois do parto. De qualquer forma, uma amplitude confortável é gentil com as articulações.',
  'str-glute-bridge':
    'Glúteos e abdominais seguram a pelve entre eles. Num pequeno estudo de imagem com mulheres, as que tinham dor lombar de longa duração tinham músculos glúteos claramente menores que as que não tinham.',
  'str-sit-to-stand':
    'Levantar de uma cadeira ou do chão é um momento em que a dor nas costas depois do parto costuma aparecer; treinar o movimento deixa tudo mais fácil.',
  'str-heavier-than-child':
    'As crianças ficam mais pesadas e mais agitadas a cada mês. Ter força de reserva faz com que uma criança se contorcendo num ângulo estranho não seja o maior esforço do seu dia.',
  'str-step-by-step':
    'Pilates, ioga ou corrida começados antes de o core profundo e o assoalho pélvico estarem fortes de novo podem aumentar a sobrecarga. Dor é sinal para diminuir o ritmo, não para forçar.',
  'str-why-strength':
    'Os estudos divergem muito sobre quão comum é a dor nas costas depois do parto, de poucas em cada cem pessoas a três em cada quatro, e para algumas ela dura anos. Sem cuidado, ela tende a aumentar conforme as crianças ficam mais pesadas.',
  'str-return-to-running':
    'Cada passada de corrida chega ao chão com até cerca de duas vezes e meia o peso do corpo. Uma diretriz de corrida no pós-parto sugere esperar até uns três meses e, antes, confirmar que caminhadas rápidas, saltinhos e corrida no lugar não causam sintomas.',
  'care-heat-cold':
    'Qualquer um dos dois pode aliviar a dor por um tempo. Nenhum muda o motivo da dor; é para isso que serve o trabalho de força.',
  'care-rest':
    'Cansaço e um corpo sobrecarregado, juntos, deixam a dor nas costas mais provável.',
  'care-not-broken':
    'No fim da gravidez, o útero pode chegar a até 500 vezes o tamanho de antes, e a parede abdominal se estica para abrir espaço. Recuperar-se disso leva tempo.',
  'care-caesarean-scar':
    'Uma cicatriz que fica aderida às camadas ao redor pode contribuir para dor lombar e pélvica e para problemas no core e no assoalho pélvico.',
  'care-caesarean-getting-up':
    'Sentar direto a partir da posição deitada funciona como um abdominal: puxa uma parede abdominal esticada e, depois de uma cesárea, o corte. Virar de lado primeiro poupa os dois.',
  'care-caesarean-cough':
    'Uma tosse ou uma risada empurra o corte de dentro para fora. Uma pressão suave por fora faz frente a esse empurrão, e dói menos.',
  'care-toilet':
    'Fazer força empurra para baixo um assoalho pélvico que está se recuperando, e os pontos, se houver. Com os joelhos acima do quadril e soltando o ar devagar, o intestino se esvazia com menos força.',
  'help-see-someone-now':
    'A maior parte das dores nas costas depois do parto não é perigosa. Estes sinais são as exceções: podem indicar um problema num nervo, um coágulo, uma infecção ou pressão alta, que precisam de atendimento médico rápido.',
  'help-pelvic-floor-pt':
    'A consulta de rotina depois do parto cuida de uma recuperação segura; ela raramente olha com atenção para o core e o assoalho pélvico.',
  'help-worth-treating':
    'Um artigo relata que dor forte na primeira semana depois do parto torna a dor duradoura um pouco mais provável: mais um motivo para não esperar.',
  'help-getting-worse':
    'Hábitos melhores tiram a sobrecarga de cada dia, mas não reconstroem músculos fracos ou descoordenados; os dois funcionam melhor juntos.',
  'help-epidural':
    'A dor que dura meses vem mais provavelmente das mudanças da gravidez e de um core enfraquecido, e isso pode ser trabalhado.',
  'help-pelvic-girdle':
    'A dor na cintura pélvica é comum na gravidez e muitas vezes melhora depois do parto, mas nem sempre. Ela responde bem ao tratamento, e quanto antes, melhor.',
  'help-low-mood':
    'Mais de uma em cada dez pessoas que deram à luz tem depressão pós-parto no ano seguinte ao nascimento, e parceiros e parceiras também podem ter. É uma doença, não uma fraqueza, e o tratamento ajuda.',
};
