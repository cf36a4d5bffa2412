/** Why each tip helps, in German (see lib/tips/tip-why/en.ts). */
import type { WhyId } from './en';

export const WHY: Record<WhyId, string> = {
  'feed-pillow-mid-back':
    'Ein Neugeborenes trinkt oft acht- bis zwölfmal am Tag. Wer dabei in einem weichen Sitz versinkt, sitzt täglich stundenlang mit rundem Rücken – eine kleine Stütze bei jedem Füttern macht also viel aus.',
  'feed-feet-raised':
    'Hochgestellte Füße heben die Oberschenkel und damit deinen Schoß: Das Baby liegt mit weniger Kissen höher, und deine Beine haben eine Stütze, sodass du dich im Stuhl zurücklehnen kannst, statt vorn auf der Kante zu sitzen.',
  'feed-baby-up':
    'Wer sich zum Baby hinunterkrümmt, belastet die Muskeln zwischen den Schulterblättern, und diese Belastung summiert sich mit jedem Füttern.',
  'feed-side-lying':
    'Im Liegen kann sich dein Rücken beim Stillen ausruhen. Weil du dabei einschlafen könntest, richte alles wie zum Schlafen ein: das Baby auf dem Rücken auf einer festen, flachen Matratze, weg von Kissen und Bettdecken, und nie mit einem Baby auf dem Sofa oder im Sessel. Nach Alkohol, Drogen, Rauchen oder Medikamenten, die müde machen, steigen die Risiken.',
  'feed-bottle':
    'Ein Ziehen zwischen den Schulterblättern kommt oft von der runden, nach unten blickenden Haltung beim Füttern – an der Brust wie mit der Flasche.',
  'feed-caesarean-holds':
    'Beide Haltungen halten das Gewicht des Babys und seine strampelnden Füße von einer heilenden Wunde fern, und Kissen nehmen deinen Armen das Gewicht ab.',
  'desk-screen-height':
    'Wer lange nach unten schaut, macht den oberen Rücken rund, und diese Haltung steckt hinter vielen Schmerzen zwischen den Schulterblättern.',
  'desk-two-minute-walk':
    'Gehen bringt einen steifen Rücken in Bewegung. Am besten wirkt es zusammen mit Training für die Körpermitte, denn allein baut es keine Kraft wieder auf.',
  'lift-hip-hinge':
    'Sich mit rundem Rücken zu bücken, schadet nicht, und ein Rücken, der daran gewöhnt ist, kommt gut damit zurecht. In den ersten Monaten fällt das Beugen aus der Hüfte oft leichter, weil Hüften und Beine die Last mittragen; laut einem Artikel wird ein Baby etwa 50-mal am Tag hochgehoben.',
  'lift-lunge-down':
    'Ein Ausfallschritt ist für Rücken und Knie meist angenehmer, als sich aus dem Stand vornüberzubeugen.',
  'lift-exhale':
    'Pressen mit angehaltener Luft drückt nach unten auf den Beckenboden und nach außen auf die Bauchwand. Wenn du bei der Anstrengung ausatmest, können sich die tiefen Bauchmuskeln und der Beckenboden beim Heben mit anspannen.',
  'lift-switch-hips':
    'Ein Baby auf einer Hüfte zu halten, ist einer der Momente, in denen Schmerzen im unteren Rücken am häufigsten auftreten; wer die Seite wechselt, verteilt die Last.',
  'lift-car-seat':
    'Eine Babyschale mit Baby darin ist schwer zu heben, deshalb kommt dieser Tipp erst sechs Wochen nach einer Geburt und zwölf nach einem Kaiserschnitt: Bis dahin heb nichts, was schwerer ist als dein Baby.',
  'lift-stroller':
    'Dieser Tipp kommt erst sechs Wochen nach einer Geburt und zwölf nach einem Kaiserschnitt; bis dahin kann jemand anderes das Heben übernehmen.',
  'lift-weekly-shop':
    'Dieser Tipp kommt erst sechs Wochen nach einer Geburt und zwölf nach einem Kaiserschnitt; bis dahin sollte jede Tasche leichter sein als dein Baby.',
  'lift-carrier':
    'Ein Baby stundenlang in der Trage zu tragen, ist eine häufige Ursache für Schmerzen im mittleren und oberen Rücken.',
  'lift-for-you':
    'Nach einer Geburt brauchen Bauchwand und Beckenboden Wochen, um sich zu erholen, und nach einem Kaiserschnitt, also einer Operation, noch länger. Schweres Heben kommt ab sechs Wochen (zwölf nach einem Kaiserschnitt) Schritt für Schritt zurück.',
  'lift-nappy-height':
    'Wickeln bedeutet viele kurze Bückbewegungen am Tag. Eine Fläche auf Taillenhöhe oder das Knien hält jede davon klein.',
  'breath-360':
    'In einer australischen Studie mit mehr als 38.000 Frauen zwischen 18 und 75 Jahren hingen Rückenschmerzen enger mit Atemproblemen und Urinverlust zusammen als mit dem Maß an Bewegung oder dem Gewicht.',
  'breath-exhale-lift':
    'Mit sanftem Aktivieren wie diesem, nicht mit Crunches oder Planks, beginnt der Wiederaufbau der Körpermitte.',
  'breath-rib-stack':
    'Rippen, die nicht über dem Becken stehen, sind ein häufiger Grund dafür, dass sich das Beugen aus der Hüfte unangenehm anfühlt.',
  'breath-crunches-wait':
    'In der Schwangerschaft werden die tiefen Bauchmuskeln länger und können in der Mitte auseinanderweichen (Rektusdiastase). Crunches und Planks sind erst dann sinnvoll, wenn diese tiefe Schicht wieder arbeitet.',
  'breath-cylinder':
    'Ist einer der vier aus der Übung, übernehmen die anderen seinen Teil, und meist ist es der Rücken, der am Ende müde und verspannt ist.',
  'breath-leaks-linked':
    'Der Beckenboden hat zwei Aufgaben: Blase und Darm dicht zu halten und mit seiner tieferen Schicht zu helfen, die Wirbelsäule zu stabilisieren. Ist er schwach, können beide Aufgaben gleichzeitig leiden.',
  'pf-slow-holds':
    'Tägliches Beckenbodentraining über mindestens drei Monate ist das, was Leitlinien bei Urinverlust nach einer Geburt als Erstes empfehlen, und es hilft dem Beckenboden, deinen Rücken zu stützen.',
  'pf-quick-squeezes':
    'Schnelles Anspannen trainiert die rasche Reaktion, die dicht hält, wenn du hustest, lachst oder hebst; langsames Halten baut Ausdauer auf. Ein gutes Programm enthält beides.',
  'pf-every-day':
    'Muskeln brauchen Monate, um kräftiger zu werden. Wenn sich nach etwa drei Monaten regelmäßigen Übens nichts verändert hat, kann eine Physiotherapie mit Schwerpunkt Beckenboden prüfen, was dein Beckenboden macht.',
  'pf-before-a-cough':
    'Husten oder Niesen drückt kräftig nach unten auf den Beckenboden. Wenn du ihn einen Moment vorher anspannst, hält er diesem Druck entgegen.',
  'mob-cat-cow':
    'Rundmachen und Durchbiegen bringen das Vor- und Zurückbeugen zurück, das die Wirbelsäule in der Schwangerschaft verliert.',
  'mob-open-book':
    'Während der Bauch wächst, dreht sich die Wirbelsäule immer weniger, und diese Steifheit kann nach der Geburt bleiben. Drehübungen geben ihr die Bewegung zurück.',
  'mob-chair-extension':
    'Füttern und Bildschirme halten dich nach vorn gebeugt; ein wenig Zurückbeugen gleicht einiges davon aus.',
  'mob-roll-down':
    'Eine runde Wirbelsäule ist gesund und stark, wenn sie an die Last gewöhnt ist. In den ersten Monaten ist das Beugen aus der Hüfte einfach die leichtere Art zu heben.',
  'mob-hamstrings':
    'Verkürzte Oberschenkelrückseiten spielen bei Schmerzen im unteren Rücken nach einer Geburt oft eine Rolle.',
  'mob-not-stretching':
    'Ein verspannter, schmerzender Rücken ist meist eher überlastet als verkürzt. Kraft und Bewegung setzen dort an; Dehnen allein tut das nicht.',
  'mob-gentle-stretch':
    'Schwangerschaftshormone lockern die Bänder, und wie lange das nach einer Geburt anhält, weiß man nicht genau. Ein angenehmer Bewegungsumfang schont deine Gelenke so oder so.',
  'str-glute-bridge':
    'Gesäß- und Bauchmuskeln halten das Becken zwischen sich. In einer kleinen Studie mit Bildgebung bei Frauen hatten diejenigen mit lang anhaltenden Schmerzen im unteren Rücken deutlich kleinere Gesäßmuskeln als die ohne.',
  'str-sit-to-stand':
    'Das Aufstehen von einem Stuhl oder vom Boden ist ein Moment, in dem sich Rückenschmerzen nach einer Geburt oft zeigen; wer es übt, dem fällt es leichter.',
  'str-heavier-than-child':
    'Kinder werden jeden Monat schwerer und zappeliger. Mit Kraftreserven ist ein Kleinkind, das sich in einem ungünstigen Winkel windet, nicht das Schwerste, was du an diesem Tag hebst.',
  'str-step-by-step':
    'Wer mit Pilates, Yoga oder Laufen beginnt, bevor die tiefe Körpermitte und der Beckenboden wieder kräftig sind, belastet sich womöglich zusätzlich. Schmerz ist ein Zeichen, einen Gang zurückzuschalten, nicht, sich durchzubeißen.',
  'str-why-strength':
    'Studien kommen zu sehr unterschiedlichen Zahlen dazu, wie häufig Rückenschmerzen nach einer Geburt sind, von wenigen von hundert bis zu drei von vier, und bei manchen halten sie Jahre an. Unbehandelt werden sie eher stärker, während die Kinder schwerer werden.',
  'str-return-to-running':
    'Jeder Laufschritt landet mit bis zu etwa dem Zweieinhalbfachen deines Körpergewichts. Eine Leitlinie zum Laufen nach der Geburt rät, etwa drei Monate zu warten und vorher zu prüfen, dass zügiges Gehen, Hüpfen und Joggen auf der Stelle keine Beschwerden auslösen.',
  'care-heat-cold':
    'Beides kann Schmerzen eine Weile lindern. Keines von beiden ändert, warum es wehtut; dafür ist das Krafttraining da.',
  'care-rest':
    'Müdigkeit und ein stark beanspruchter Körper machen Rückenschmerzen zusammen wahrscheinlicher.',
  'care-not-broken':
    'Am Ende der Schwangerschaft kann die Gebärmutter bis zu 500-mal so groß sein wie vorher, und die Bauchwand dehnt sich, um Platz zu machen. Sich davon zu erholen, braucht Zeit.',
  'care-caesarean-scar':
    'Narbengewebe, das mit den Schichten darum herum verklebt, kann zu Schmerzen im unteren Rücken und Becken beitragen und zu Problemen mit Körpermitte und Beckenboden.',
  'care-caesarean-getting-up':
    'Sich aus dem Liegen gerade aufzusetzen, wirkt wie ein Crunch: Es zieht an einer gedehnten Bauchwand und nach einem Kaiserschnitt an der Wunde. Wer sich zuerst auf die Seite rollt, schont beides.',
  'care-caesarean-cough':
    'Husten oder Lachen drückt von innen nach außen auf die Wunde. Sanfter Druck von außen hält dagegen, sodass es weniger wehtut.',
  'care-toilet':
    'Pressen drückt nach unten auf einen Beckenboden, der gerade heilt, und auf eventuelle Nähte. Mit den Knien über den Hüften und langsamem Ausatmen entleert sich der Darm mit weniger Druck.',
  'help-see-someone-now':
    'Die meisten Rückenschmerzen nach einer Geburt sind nicht gefährlich. Diese Anzeichen sind die Ausnahmen: Sie können auf einen Nerv, ein Blutgerinnsel, eine Infektion oder hohen Blutdruck hinweisen, und das muss schnell ärztlich abgeklärt werden.',
  'help-pelvic-floor-pt':
    'Bei der üblichen Nachuntersuchung nach einer Geburt geht es um eine sichere Erholung; Körpermitte und Beckenboden werden dabei selten genau angeschaut.',
  'help-worth-treating':
    'Ein Artikel berichtet, dass starke Schmerzen in der ersten Woche nach einer Geburt lang anhaltende Schmerzen etwas wahrscheinlicher machen: ein Grund mehr, nicht zu warten.',
  'help-getting-worse':
    'Bessere Gewohnheiten nehmen jeden Tag Belastung weg, bauen aber keine schwachen oder aus dem Takt geratenen Muskeln wieder auf; am besten wirkt beides zusammen.',
  'help-epidural':
    'Schmerzen, die monatelang anhalten, kommen eher von den Veränderungen der Schwangerschaft und einer geschwächten Körpermitte, und daran lässt sich arbeiten.',
  'help-pelvic-girdle':
    'Beckengürtelschmerzen sind in der Schwangerschaft häufig und lassen nach der Geburt oft nach, aber nicht immer. Sie sprechen gut auf Behandlung an, und je früher, desto besser.',
  'help-low-mood':
    'Mehr als eine von zehn Personen, die ein Kind geboren haben, hat im Jahr nach der Geburt eine postpartale Depression, und auch Partnerinnen und Partner können sie bekommen. Sie ist eine Krankheit, keine Schwäche, und Behandlung hilft.',
};
