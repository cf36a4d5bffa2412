/** Why each tip helps, in Spanish (see lib/tips/tip-why/en.ts). */
import type { WhyId } from './en';

export const WHY: Record<WhyId, string> = {
  'feed-pillow-mid-back':
    'Un recién nacido suele comer de ocho a doce veces al día. Hundida en un asiento blando, la espalda pasa horas redondeada cada día, así que un poco de apoyo en cada toma suma mucho.',
  'feed-feet-raised':
    'Con los pies en alto suben los muslos y, con ellos, el regazo: el bebé queda más alto con menos almohadas y las piernas tienen una base donde apoyarse, así que puedes recostarte en la silla en vez de quedarte en el borde, inclinándote hacia delante.',
  'feed-baby-up':
    'Encorvarte hacia el bebé carga los músculos que hay entre los omóplatos, y esa tensión se acumula toma tras toma.',
  'feed-side-lying':
    'Acostarte deja descansar la espalda durante la toma. Como puede vencerte el sueño, prepáralo todo como para dormir: el bebé boca arriba sobre un colchón firme y plano, lejos de almohadas y edredones, y nunca con un bebé en un sofá o un sillón. El riesgo aumenta si has bebido alcohol, consumido drogas, fumado o tomado medicamentos que den sueño.',
  'feed-bottle':
    'El dolor entre los omóplatos suele venir de la postura redondeada y mirando hacia abajo de las tomas, sean de pecho o de biberón.',
  'feed-caesarean-holds':
    'Las dos posturas mantienen el peso del bebé y sus pataditas lejos de una herida que está cicatrizando, y las almohadas le quitan peso a tus brazos.',
  'desk-screen-height':
    'Mirar hacia abajo durante mucho rato redondea la parte alta de la espalda, y esa postura está detrás de buena parte del dolor entre los omóplatos.',
  'desk-two-minute-walk':
    'Caminar pone en movimiento una espalda rígida. Funciona mejor junto con el trabajo de core, porque por sí solo no devuelve la fuerza.',
  'lift-hip-hinge':
    'Agacharse con la espalda redondeada no es dañino, y una espalda acostumbrada a ello lo lleva bien. En los primeros meses, la bisagra suele resultar más fácil porque la cadera y las piernas comparten la carga; un artículo calcula que se levanta al bebé unas 50 veces al día.',
  'lift-lunge-down':
    'Una zancada suele ser más llevadera para la espalda y las rodillas que inclinarse hacia delante estando de pie.',
  'lift-exhale':
    'Hacer fuerza aguantando la respiración empuja hacia abajo el suelo pélvico y hacia fuera la pared abdominal. Si sueltas el aire con el esfuerzo, los músculos abdominales profundos y el suelo pélvico pueden activarse a la vez que levantas.',
  'lift-switch-hips':
    'Llevar al bebé en una cadera es uno de los momentos en que más a menudo aparece el dolor lumbar; cambiar de lado reparte la carga.',
  'lift-car-seat':
    'Una sillita de coche con el bebé dentro es mucho peso, así que este consejo espera hasta seis semanas después del parto, y doce tras una cesárea: hasta entonces, no levantes nada que pese más que tu bebé.',
  'lift-stroller':
    'Este consejo espera hasta seis semanas después del parto, y doce tras una cesárea; antes, otra persona puede encargarse de levantarlo.',
  'lift-weekly-shop':
    'Este consejo espera hasta seis semanas después del parto, y doce tras una cesárea; antes, que cada bolsa pese menos que tu bebé.',
  'lift-carrier':
    'Llevar al bebé en portabebés durante horas es una causa frecuente de dolor en la zona media y alta de la espalda.',
  'lift-for-you':
    'Después de un parto, la pared abdominal y el suelo pélvico necesitan semanas para recuperarse, y más tras una cesárea, que es una cirugía. Los esfuerzos con peso vuelven poco a poco a partir de las seis semanas (doce tras una cesárea).',
  'lift-nappy-height':
    'Cambiar pañales supone muchas flexiones cortas al día. Una superficie a la altura de la cintura, o hacerlo de rodillas, hace que cada una sea pequeña.',
  'breath-360':
    'En un estudio australiano con más de 38 000 mujeres de 18 a 75 años, el dolor de espalda iba más unido a los problemas respiratorios y a las pérdidas de orina que al nivel de actividad o al peso.',
  'breath-exhale-lift':
    'Una activación suave como esta, y no los abdominales clásicos ni las planchas, es el punto de partida para reconstruir el core.',
  'breath-rib-stack':
    'Unas costillas que no están alineadas sobre la pelvis son un motivo frecuente de que la bisagra de cadera moleste.',
  'breath-crunches-wait':
    'Durante el embarazo, los abdominales profundos se alargan y pueden separarse por la línea media (diástasis abdominal). Los abdominales clásicos y las planchas tienen más sentido cuando esa capa profunda vuelve a funcionar.',
  'breath-cylinder':
    'Si uno de los cuatro está falto de práctica, los demás asumen su parte, y la espalda suele ser la que acaba cansada y tensa.',
  'breath-leaks-linked':
    'El suelo pélvico tiene dos tareas: mantener la continencia y, con su capa más profunda, ayudar a estabilizar la columna. Cuando está débil, las dos pueden fallar a la vez.',
  'pf-slow-holds':
    'El entrenamiento del suelo pélvico a diario durante al menos tres meses es lo primero que ofrecen las guías para las pérdidas después de un parto, y ayuda a que el suelo pélvico sostenga tu espalda.',
  'pf-quick-squeezes':
    'Las contracciones rápidas entrenan la reacción rápida que aguanta cuando toses, te ríes o levantas peso; las lentas dan resistencia. Un programa incluye las dos.',
  'pf-every-day':
    'Los músculos tardan meses en fortalecerse. Si no ha cambiado nada tras unos tres meses de práctica regular, un fisioterapeuta de suelo pélvico puede comprobar qué está haciendo tu suelo pélvico.',
  'pf-before-a-cough':
    'Una tos o un estornudo empujan con fuerza hacia abajo el suelo pélvico. Contraerlo un momento antes hace frente a ese empuje.',
  'mob-cat-cow':
    'Redondear y arquear la espalda recupera la flexión hacia delante y hacia atrás que la columna pierde durante el embarazo.',
  'mob-open-book':
    'A medida que crece la barriga, la columna gira cada vez menos, y esa rigidez puede durar después del parto. Trabajar la rotación le devuelve ese giro.',
  'mob-chair-extension':
    'Con las tomas y las pantallas pasas mucho rato inclinándote hacia delante; arquear un poco la espalda hacia atrás deshace parte de eso.',
  'mob-roll-down':
    'Una columna redondeada es sana y fuerte cuando está acostumbrada a la carga. En los primeros meses, la bisagra es simplemente la forma más fácil de levantar peso.',
  'mob-hamstrings':
    'La tensión en la parte de atrás de los muslos suele influir en el dolor lumbar después de un parto.',
  'mob-not-stretching':
    'Una espalda tensa y dolorida suele estar sobrecargada más que acortada. La fuerza y el movimiento actúan sobre eso; estirar, por sí solo, no.',
  'mob-gentle-stretch':
    'Las hormonas del embarazo aflojan los ligamentos, y no se sabe con exactitud cuánto dura eso después del parto. En cualquier caso, un rango cómodo cuida tus articulaciones.',
  'str-glute-bridge':
    'Los glúteos y los abdominales sujetan la pelvis entre ellos. En un pequeño estudio con pruebas de imagen en mujeres, las que tenían dolor lumbar de larga duración tenían los glúteos claramente más pequeños que las que no lo tenían.',
  'str-sit-to-stand':
    'Levantarse de una silla o del suelo es un momento en que el dolor de espalda después de un parto suele aparecer; practicarlo lo hace más fácil.',
  'str-heavier-than-child':
    'Los niños pesan más y se retuercen más cada mes. Tener fuerza de reserva hace que un niño pequeño que se revuelve en un ángulo raro no sea el mayor esfuerzo de tu día.',
  'str-step-by-step':
    'Empezar pilates, yoga o a correr antes de que el core profundo y el suelo pélvico vuelvan a estar fuertes puede añadir tensión. El dolor es una señal para aflojar, no para forzar.',
  'str-why-strength':
    'Los estudios difieren mucho sobre lo frecuente que es el dolor de espalda después de un parto, desde unas pocas personas de cada cien hasta tres de cada cuatro, y en algunos casos dura años. Si no se atiende, tiende a aumentar a medida que los niños pesan más.',
  'str-return-to-running':
    'Cada zancada al correr cae con hasta unas dos veces y media tu peso corporal. Una guía para volver a correr tras el parto propone esperar hasta unos tres meses y comprobar antes que caminar a paso ligero, dar saltitos y trotar en el sitio no causan síntomas.',
  'care-heat-cold':
    'Cualquiera de los dos puede aliviar el dolor durante un rato. Ninguno cambia el motivo por el que duele; para eso está el trabajo de fuerza.',
  'care-rest':
    'El cansancio y un cuerpo sometido a esfuerzo, juntos, hacen más probable el dolor de espalda.',
  'care-not-broken':
    'Al final del embarazo, el útero puede llegar a ser hasta 500 veces más grande que antes, y la pared abdominal se estira para dejarle sitio. Recuperarse de eso lleva tiempo.',
  'care-caesarean-scar':
    'El tejido de la cicatriz que se adhiere a las capas de alrededor puede contribuir al dolor lumbar y pélvico y a problemas del core y del suelo pélvico.',
  'care-caesarean-getting-up':
    'Incorporarse de golpe desde la posición tumbada funciona como un abdominal: tira de una pared abdominal estirada y, tras una cesárea, de la herida. Girar primero hacia un lado protege las dos.',
  'care-caesarean-cough':
    'Una tos o una risa empujan la herida hacia fuera desde dentro. Una presión suave desde fuera hace frente a ese empuje, así que duele menos.',
  'care-toilet':
    'Hacer fuerza empuja hacia abajo un suelo pélvico que se está recuperando, y los puntos, si los hay. Con las rodillas por encima de la cadera y soltando el aire despacio, el intestino se vacía con menos esfuerzo.',
  'help-see-someone-now':
    'La mayor parte del dolor de espalda después de un parto no es peligroso. Estos signos son las excepciones: pueden indicar un problema en un nervio, un coágulo, una infección o la presión arterial alta, que necesitan atención médica pronto.',
  'help-pelvic-floor-pt':
    'La revisión habitual después del parto se centra en que la recuperación sea segura; rara vez examina a fondo el core y el suelo pélvico.',
  'help-worth-treating':
    'Un artículo señala que un dolor intenso en la primera semana después del parto hace algo más probable un dolor duradero: un motivo más para no esperar.',
  'help-getting-worse':
    'Unos hábitos mejores quitan carga a cada día, pero no reconstruyen músculos débiles o descoordinados; lo uno y lo otro funcionan mejor juntos.',
  'help-epidural':
    'Es más probable que un dolor que dura meses venga de los cambios del embarazo y de un core debilitado, y eso se puede trabajar.',
  'help-pelvic-girdle':
    'El dolor de cintura pélvica es frecuente en el embarazo y a menudo mejora después del parto, pero no siempre. Responde bien al tratamiento, y cuanto antes, mejor.',
  'help-low-mood':
    'Más de una de cada diez personas que han dado a luz tiene depresión posparto en el año siguiente al parto, y las parejas también pueden tenerla. Es una enfermedad, no una debilidad, y el tratamiento ayuda.',
};
