<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConfigField</name>
    <message>
        <source>Min. ratings per user</source>
        <translation>Mín. valoraciones por usuario</translation>
    </message>
    <message>
        <source>Users with fewer ratings are removed first. Unit: ratings.</source>
        <translation>Los usuarios con menos valoraciones se eliminan primero. Unidad: valoraciones.</translation>
    </message>
    <message>
        <source>Min. ratings per movie</source>
        <translation>Mín. valoraciones por película</translation>
    </message>
    <message>
        <source>Then movies with fewer ratings are removed (one pass each, as the notebook). Unit: ratings.</source>
        <translation>Después se eliminan las películas con menos valoraciones (una pasada cada filtro, como el notebook). Unidad: valoraciones.</translation>
    </message>
    <message>
        <source>Held-out fraction</source>
        <translation>Fracción reservada</translation>
    </message>
    <message>
        <source>Share of each user&apos;s ratings kept out of training, rounded up per user (scikit-learn&apos;s rule).</source>
        <translation>Parte de las valoraciones de cada usuario que no se usa para entrenar, redondeada hacia arriba por usuario (regla de scikit-learn).</translation>
    </message>
    <message>
        <source>Test share of held-out</source>
        <translation>Parte de test de lo reservado</translation>
    </message>
    <message>
        <source>Share of the held-out ratings used for test, rounded up; the rest is validation.</source>
        <translation>Parte de las valoraciones reservadas que va a test, redondeada hacia arriba; el resto es validación.</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Semilla de la división</translation>
    </message>
    <message>
        <source>random_state of the per-user train_test_split calls (the notebook uses 42).</source>
        <translation>random_state de las llamadas a train_test_split por usuario (el notebook usa 42).</translation>
    </message>
    <message>
        <source>User embedding size</source>
        <translation>Tamaño del embedding de usuario</translation>
    </message>
    <message>
        <source>Width of the user id embedding; the user features are projected to the same width. Unit: dimensions.</source>
        <translation>Ancho del embedding del id de usuario; las características del usuario se proyectan al mismo ancho. Unidad: dimensiones.</translation>
    </message>
    <message>
        <source>Movie embedding size</source>
        <translation>Tamaño del embedding de película</translation>
    </message>
    <message>
        <source>Width of the movie id embedding. Unit: dimensions.</source>
        <translation>Ancho del embedding del id de película. Unidad: dimensiones.</translation>
    </message>
    <message>
        <source>Genre projection size</source>
        <translation>Tamaño de la proyección de géneros</translation>
    </message>
    <message>
        <source>Width of the projection of the 18-genre multi-hot vector. Unit: dimensions.</source>
        <translation>Ancho de la proyección del vector multi-hot de 18 géneros. Unidad: dimensiones.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Widths of the fusion MLP&apos;s hidden layers, comma-separated; each is Linear, BatchNorm, ReLU, Dropout.</source>
        <translation>Anchos de las capas ocultas del MLP de fusión, separados por comas; cada una es Linear, BatchNorm, ReLU, Dropout.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Probability of zeroing a hidden unit while training.</source>
        <translation>Probabilidad de anular una unidad oculta durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Training ratings per optimizer step (at least 2: BatchNorm needs a batch). Unit: ratings.</source>
        <translation>Valoraciones de entrenamiento por paso del optimizador (al menos 2: BatchNorm necesita un lote). Unidad: valoraciones.</translation>
    </message>
    <message>
        <source>Max. epochs</source>
        <translation>Máx. épocas</translation>
    </message>
    <message>
        <source>Upper bound on passes over the training set. Unit: epochs.</source>
        <translation>Límite de pasadas sobre el conjunto de entrenamiento. Unidad: épocas.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Adam&apos;s initial step size.</source>
        <translation>Tamaño de paso inicial de Adam.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <source>L2 penalty added to every gradient (Adam&apos;s weight_decay).</source>
        <translation>Penalización L2 sumada a cada gradiente (weight_decay de Adam).</translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation>β1 de Adam</translation>
    </message>
    <message>
        <source>Decay rate of Adam&apos;s first moment.</source>
        <translation>Tasa de decaimiento del primer momento de Adam.</translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation>β2 de Adam</translation>
    </message>
    <message>
        <source>Decay rate of Adam&apos;s second moment.</source>
        <translation>Tasa de decaimiento del segundo momento de Adam.</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>ε de Adam</translation>
    </message>
    <message>
        <source>Small constant in Adam&apos;s denominator.</source>
        <translation>Constante pequeña en el denominador de Adam.</translation>
    </message>
    <message>
        <source>Training seed</source>
        <translation>Semilla de entrenamiento</translation>
    </message>
    <message>
        <source>Seed of weight initialisation, shuffling and dropout.</source>
        <translation>Semilla de la inicialización de pesos, el barajado y el dropout.</translation>
    </message>
    <message>
        <source>LR reduction factor</source>
        <translation>Factor de reducción de la tasa</translation>
    </message>
    <message>
        <source>The learning rate is multiplied by this when validation loss plateaus.</source>
        <translation>La tasa de aprendizaje se multiplica por este valor cuando la pérdida de validación se estanca.</translation>
    </message>
    <message>
        <source>LR patience</source>
        <translation>Paciencia de la tasa</translation>
    </message>
    <message>
        <source>Epochs without improvement before the learning rate is reduced. Unit: epochs.</source>
        <translation>Épocas sin mejora antes de reducir la tasa de aprendizaje. Unidad: épocas.</translation>
    </message>
    <message>
        <source>LR threshold</source>
        <translation>Umbral de la tasa</translation>
    </message>
    <message>
        <source>Relative decrease of validation loss that counts as an improvement.</source>
        <translation>Descenso relativo de la pérdida de validación que cuenta como mejora.</translation>
    </message>
    <message>
        <source>Min. learning rate</source>
        <translation>Tasa de aprendizaje mínima</translation>
    </message>
    <message>
        <source>The learning rate never drops below this.</source>
        <translation>La tasa de aprendizaje nunca baja de este valor.</translation>
    </message>
    <message>
        <source>Early-stopping patience</source>
        <translation>Paciencia de la parada temprana</translation>
    </message>
    <message>
        <source>Training stops after this many epochs without a new best validation loss. Unit: epochs.</source>
        <translation>El entrenamiento se detiene tras este número de épocas sin una nueva mejor pérdida de validación. Unidad: épocas.</translation>
    </message>
    <message>
        <source>k (top-k)</source>
        <translation>k (top-k)</translation>
    </message>
    <message>
        <source>Cut-off of Precision@k, NDCG@k and the per-user tables. Unit: items.</source>
        <translation>Corte de Precision@k, NDCG@k y de las tablas por usuario. Unidad: elementos.</translation>
    </message>
    <message>
        <source>Relevance threshold</source>
        <translation>Umbral de relevancia</translation>
    </message>
    <message>
        <source>A test rating at or above this normalised value counts as relevant (0.8 = 4 stars).</source>
        <translation>Una valoración de test igual o superior a este valor normalizado se considera relevante (0,8 = 4 estrellas).</translation>
    </message>
    <message>
        <source>Inference batch size</source>
        <translation>Tamaño de lote de inferencia</translation>
    </message>
    <message>
        <source>Ratings per prediction batch; changes speed and memory, not results. Unit: ratings.</source>
        <translation>Valoraciones por lote de predicción; cambia la velocidad y la memoria, no los resultados. Unidad: valoraciones.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Where training runs: auto picks CUDA when LibTorch sees a GPU.</source>
        <translation>Dónde se entrena: auto elige CUDA cuando LibTorch ve una GPU.</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>Threads for LibTorch and BLAS; 0 = automatic (1 for the fused step, which leaves a core to this window).</source>
        <translation>Hilos para LibTorch y BLAS; 0 = automático (1 para el paso fusionado, que deja un núcleo a esta ventana).</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>Paso de entrenamiento</translation>
    </message>
    <message>
        <source>Data filters</source>
        <translation>Filtros de datos</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>División</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Ajuste de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>fused: hand-written CPU kernels (fastest on CPU); autograd: LibTorch&apos;s autograd (CPU or CUDA), with the notebook&apos;s random streams, so a seeded run repeats the notebook&apos;s bit for bit; auto picks.</source>
        <translation>fused: kernels de CPU escritos a mano (lo más rápido en CPU); autograd: el autograd de LibTorch (CPU o CUDA), con las secuencias aleatorias del notebook, de modo que una ejecución con semilla repite la del notebook bit a bit; auto elige.</translation>
    </message>
    <message>
        <source>Factors (biased_mf)</source>
        <translation>Factores (biased_mf)</translation>
    </message>
    <message>
        <source>biased_mf only: width of the user and movie factor vectors. Unit: dimensions.</source>
        <translation>Solo biased_mf: anchura de los vectores de factores de usuario y de película. Unidad: dimensiones.</translation>
    </message>
    <message>
        <source>Bias regularisation (biases)</source>
        <translation>Regularización de sesgos (biases)</translation>
    </message>
    <message>
        <source>biases only: λ of the closed form, bias = Σ residual / (λ + count); larger pulls rare users and movies towards the mean. Unit: ratings.</source>
        <translation>Solo biases: λ de la forma cerrada, sesgo = Σ residuo / (λ + recuento); un valor mayor acerca a la media los usuarios y películas con pocas valoraciones. Unidad: valoraciones.</translation>
    </message>
    <message>
        <source>neumf: the notebook&apos;s NeuMFEnhanced. ensemble: the most accurate, neumf and autorec trained side by side, predicting their mean. autorec: I-AutoRec, each movie&apos;s ratings by all users encoded and decoded back. Baselines: biased_mf (user and movie factors&apos; dot product plus biases, trained like neumf), biases (training mean plus regularised user and movie biases, closed form), global_mean (the training mean).</source>
        <translation>neumf: el NeuMFEnhanced del cuaderno. ensemble: el más preciso, neumf y autorec entrenados a la par, predice su media. autorec: I-AutoRec, las valoraciones de cada película por todos los usuarios codificadas y decodificadas. Referencias: biased_mf (producto escalar de factores de usuario y película más sesgos, entrenado como neumf), biases (media de entrenamiento más sesgos regularizados de usuario y película, forma cerrada), global_mean (la media de entrenamiento).</translation>
    </message>
    <message>
        <source>Hidden units (autorec)</source>
        <translation>Unidades ocultas (autorec)</translation>
    </message>
    <message>
        <source>autorec and ensemble: sigmoid units that encode a movie&apos;s ratings by all users. Unit: units.</source>
        <translation>autorec y ensemble: unidades sigmoides que codifican las valoraciones de una película por todos los usuarios. Unidad: unidades.</translation>
    </message>
    <message>
        <source>Movies per step (autorec)</source>
        <translation>Películas por paso (autorec)</translation>
    </message>
    <message>
        <source>autorec and ensemble: movies per optimizer step of the autorec model, each with all its training ratings; the batch size does not apply to it. Unit: movies.</source>
        <translation>autorec y ensemble: películas por paso del optimizador del modelo autorec, cada una con todas sus valoraciones de entrenamiento; el tamaño de lote no se le aplica. Unidad: películas.</translation>
    </message>
    <message>
        <source>AutoRec passes per epoch (ensemble)</source>
        <translation>Pasadas de AutoRec por época (ensemble)</translation>
    </message>
    <message>
        <source>ensemble only: passes of the autorec member over all movies in each epoch; it needs about twice as many epochs as neumf to converge. Unit: passes.</source>
        <translation>solo ensemble: pasadas del miembro autorec por todas las películas en cada época; necesita unas dos veces más épocas que neumf para converger. Unidad: pasadas.</translation>
    </message>
    <message>
        <source>one of {1}</source>
        <translation>uno de {1}</translation>
    </message>
    <message>
        <source>an integer in [{1}, {2}]</source>
        <translation>un entero en [{1}; {2}]</translation>
    </message>
    <message>
        <source>1 to {1} integers, each in [{2}, {3}]</source>
        <translation>de 1 a {1} enteros, cada uno en [{2}; {3}]</translation>
    </message>
    <message>
        <source>{1}{2}, {3}{4}</source>
        <translation>{1}{2}; {3}{4}</translation>
    </message>
    <message>
        <source>Adam update</source>
        <translation>Actualización de Adam</translation>
    </message>
    <message>
        <source>dense: every parameter each step, as the notebook; lazy: only the embedding rows of the batch&apos;s users and movies (the fused step; an epoch grows linearly with the data, much faster on MovieLens 25M; no longer the notebook&apos;s arithmetic).</source>
        <translation>dense: todos los parámetros en cada paso, como el notebook; lazy: solo las filas de embedding de los usuarios y películas del lote (el paso fusionado; una época crece linealmente con los datos, mucho más rápido con MovieLens 25M; ya no es la aritmética del notebook).</translation>
    </message>
</context>
<context>
    <name>GenreCollector</name>
    <message>
        <source>too many genres</source>
        <translation>demasiados géneros</translation>
    </message>
    <message>
        <source>genre {1} is beyond the {2} genres the workbench keeps; ignored</source>
        <translation>el género {1} excede los {2} géneros que guarda el programa; se ignora</translation>
    </message>
</context>
<context>
    <name>IdsSeen</name>
    <message>
        <source>duplicate user</source>
        <translation>usuario repetido</translation>
    </message>
    <message>
        <source>UserID {1} appears again; line skipped</source>
        <translation>UserID {1} aparece de nuevo; línea omitida</translation>
    </message>
    <message>
        <source>duplicate movie</source>
        <translation>película repetida</translation>
    </message>
    <message>
        <source>MovieID {1} appears again; line skipped</source>
        <translation>MovieID {1} aparece de nuevo; línea omitida</translation>
    </message>
</context>
<context>
    <name>LineTally</name>
    <message>
        <source>malformed line</source>
        <translation>línea mal formada</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>the file is empty; expected lines like {1}</source>
        <translation>el archivo está vacío; se esperaban líneas como {1}</translation>
    </message>
    <message>
        <source>not a MovieLens file</source>
        <translation>no es un archivo de MovieLens</translation>
    </message>
    <message>
        <source>{1} of {2} lines are not {3}; first: line {4}: {5}</source>
        <translation>{1} de {2} líneas no son {3}; la primera: línea {4}: {5}</translation>
    </message>
    <message>
        <source>no usable line</source>
        <translation>ninguna línea utilizable</translation>
    </message>
    <message>
        <source>none of its {1} lines could be used; see the warnings for why</source>
        <translation>no se pudo usar ninguna de sus {1} líneas; los avisos dicen por qué</translation>
    </message>
</context>
<context>
    <name>ModelShape</name>
    <message>
        <source>GlobalMean({1} users, {2} movies, {3} parameters)</source>
        <translation>GlobalMean({1} usuarios, {2} películas, {3} parámetros)</translation>
    </message>
    <message>
        <source>Biases({1} users, {2} movies, {3} parameters)</source>
        <translation>Biases({1} usuarios, {2} películas, {3} parámetros)</translation>
    </message>
    <message>
        <source>BiasedMF({1} users, {2} movies, {3} factors, {4} parameters)</source>
        <translation>BiasedMF({1} usuarios, {2} películas, {3} factores, {4} parámetros)</translation>
    </message>
    <message>
        <source>I-AutoRec({1} users, {2} movies, {3} hidden, {4} parameters)</source>
        <translation>I-AutoRec({1} usuarios, {2} películas, {3} ocultas, {4} parámetros)</translation>
    </message>
    <message>
        <source>Ensemble(NeuMFEnhanced + I-AutoRec, {1} users, {2} movies, MLP {3}→1, {4} hidden, {5} parameters)</source>
        <translation>Ensemble(NeuMFEnhanced + I-AutoRec, {1} usuarios, {2} películas, MLP {3}→1, {4} ocultas, {5} parámetros)</translation>
    </message>
    <message>
        <source>NeuMFEnhanced({1} users, {2} movies, MLP {3}→1, {4} parameters)</source>
        <translation>NeuMFEnhanced({1} usuarios, {2} películas, MLP {3}→1, {4} parámetros)</translation>
    </message>
    <message>
        <source>Ensemble(NeuMFEnhanced + I-AutoRec, {1} users, {2} movies, no user features, MLP {3}→1, {4} hidden, {5} parameters)</source>
        <translation>Ensemble(NeuMFEnhanced + I-AutoRec, {1} usuarios, {2} películas, sin atributos de usuario, MLP {3}→1, {4} ocultas, {5} parámetros)</translation>
    </message>
    <message>
        <source>NeuMFEnhanced({1} users, {2} movies, no user features, MLP {3}→1, {4} parameters)</source>
        <translation>NeuMFEnhanced({1} usuarios, {2} películas, sin atributos de usuario, MLP {3}→1, {4} parámetros)</translation>
    </message>
</context>
<context>
    <name>MovieLens</name>
    <message>
        <source>Under 18</source>
        <translation>Menos de 18</translation>
    </message>
    <message>
        <source>other or not specified</source>
        <translation>otra o no especificada</translation>
    </message>
    <message>
        <source>academic/educator</source>
        <translation>académico/docente</translation>
    </message>
    <message>
        <source>artist</source>
        <translation>artista</translation>
    </message>
    <message>
        <source>clerical/admin</source>
        <translation>administrativo</translation>
    </message>
    <message>
        <source>college/grad student</source>
        <translation>estudiante universitario/de posgrado</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>atención al cliente</translation>
    </message>
    <message>
        <source>doctor/health care</source>
        <translation>médico/sanidad</translation>
    </message>
    <message>
        <source>executive/managerial</source>
        <translation>directivo/gerente</translation>
    </message>
    <message>
        <source>farmer</source>
        <translation>agricultor</translation>
    </message>
    <message>
        <source>homemaker</source>
        <translation>amo/a de casa</translation>
    </message>
    <message>
        <source>K-12 student</source>
        <translation>estudiante de primaria/secundaria</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>abogado</translation>
    </message>
    <message>
        <source>programmer</source>
        <translation>programador</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>jubilado</translation>
    </message>
    <message>
        <source>sales/marketing</source>
        <translation>ventas/marketing</translation>
    </message>
    <message>
        <source>scientist</source>
        <translation>científico</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>autónomo</translation>
    </message>
    <message>
        <source>technician/engineer</source>
        <translation>técnico/ingeniero</translation>
    </message>
    <message>
        <source>tradesman/craftsman</source>
        <translation>artesano/oficios</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>desempleado</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>escritor</translation>
    </message>
    <message>
        <source>occupation %1</source>
        <translation>ocupación %1</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>female</source>
        <translation>mujer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>The run&apos;s dataset %1 could not be loaded (%2): the per-user tables are unavailable.</source>
        <translation>No se pudo cargar el conjunto de datos de la ejecución %1 (%2): las tablas por usuario no están disponibles.</translation>
    </message>
    <message>
        <source>%1 no longer holds the users and movies this run was trained on: the per-user tables are unavailable.</source>
        <translation>%1 ya no contiene los usuarios y películas con los que se entrenó esta ejecución: las tablas por usuario no están disponibles.</translation>
    </message>
    <message>
        <source>Run %1 did not finish training: test metrics of its best epoch (%2) computed now.</source>
        <translation>La ejecución %1 no terminó de entrenar: métricas de prueba de su mejor época (%2) calculadas ahora.</translation>
    </message>
</context>
<context>
    <name>RatingsReader</name>
    <message>
        <source>{1} must be whole seconds since 1970 (got {2})</source>
        <translation>{1} debe ser un número entero de segundos desde 1970 (se obtuvo {2})</translation>
    </message>
    <message>
        <source>rating out of range</source>
        <translation>valoración fuera de rango</translation>
    </message>
    <message>
        <source>{1} must be from 0.5 to 5 stars in half stars (got {2}); line skipped</source>
        <translation>{1} debe ir de 0,5 a 5 estrellas en medias estrellas (se obtuvo {2}); línea omitida</translation>
    </message>
    <message>
        <source>{1} must be a whole number of stars from 1 to 5 (got {2}); line skipped</source>
        <translation>{1} debe ser un número entero de estrellas de 1 a 5 (se obtuvo {2}); línea omitida</translation>
    </message>
    <message>
        <source>rating of unknown user</source>
        <translation>valoración de un usuario desconocido</translation>
    </message>
    <message>
        <source>user {1} is not in {2} (or its line was skipped); rating skipped</source>
        <translation>el usuario {1} no está en {2} (o se omitió su línea); valoración omitida</translation>
    </message>
    <message>
        <source>rating of unknown movie</source>
        <translation>valoración de una película desconocida</translation>
    </message>
    <message>
        <source>movie {1} is not in {2} (or its line was skipped); rating skipped</source>
        <translation>la película {1} no está en {2} (o se omitió su línea); valoración omitida</translation>
    </message>
    <message>
        <source>timestamp outside MovieLens&apos;s years</source>
        <translation>fecha fuera de los años de MovieLens</translation>
    </message>
    <message>
        <source>Timestamp {1} ({2}) is before MovieLens began (1997) or after the file was written ({3}); kept: training and the per-user split do not use timestamps, a split by time would misplace this rating</source>
        <translation>Timestamp {1} ({2}) es anterior al inicio de MovieLens (1997) o posterior a la escritura del archivo ({3}); se mantiene: el entrenamiento y la división por usuario no usan las fechas, una división temporal colocaría mal esta valoración</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>early-stopped</source>
        <translation>con parada temprana</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Validation RMSE (stars)</source>
        <translation>RMSE de validación (estrellas)</translation>
    </message>
    <message>
        <source>Test RMSE (stars)</source>
        <translation>RMSE de test (estrellas)</translation>
    </message>
    <message>
        <source>Test MAE (stars)</source>
        <translation>MAE de test (estrellas)</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>R² de test</translation>
    </message>
    <message>
        <source>Test Precision@k</source>
        <translation>Precision@k de test</translation>
    </message>
    <message>
        <source>Test NDCG@k</source>
        <translation>NDCG@k de test</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>Grid (every combination)</source>
        <translation>Rejilla (todas las combinaciones)</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>Búsqueda aleatoria</translation>
    </message>
    <message>
        <source>TPE (Bayesian)</source>
        <translation>TPE (bayesiana)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Median stopping</source>
        <translation>Parada por mediana</translation>
    </message>
    <message>
        <source>ASHA (successive halving)</source>
        <translation>ASHA (reducción sucesiva a la mitad)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>podada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>TrainingStep</name>
    <message>
        <source>the autograd step</source>
        <translation>el paso autograd</translation>
    </message>
    <message>
        <source>the fused step</source>
        <translation>el paso fusionado</translation>
    </message>
</context>
<context>
    <name>core::config</name>
    <message>
        <source>ratings</source>
        <translation>valoraciones</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fracción</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>dimensiones</translation>
    </message>
    <message>
        <source>units per layer</source>
        <translation>unidades por capa</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>movies</source>
        <translation>películas</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>pasadas</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>hilos</translation>
    </message>
    <message>
        <source>`{1}` must be in {2} (got {3})</source>
        <translation>`{1}` debe estar en {2} (se obtuvo {3})</translation>
    </message>
    <message>
        <source>`{1}` must be {2} (got {3})</source>
        <translation>`{1}` debe ser {2} (se obtuvo {3})</translation>
    </message>
    <message>
        <source>`{1}` must be an integer</source>
        <translation>`{1}` debe ser un entero</translation>
    </message>
    <message>
        <source>`{1}` must be a number</source>
        <translation>`{1}` debe ser un número</translation>
    </message>
    <message>
        <source>`{1}` must be text</source>
        <translation>`{1}` debe ser texto</translation>
    </message>
    <message>
        <source>`{1}` must be a list of integers</source>
        <translation>`{1}` debe ser una lista de enteros</translation>
    </message>
    <message>
        <source>`{1}` must be an integer (got &quot;{2}&quot;)</source>
        <translation>`{1}` debe ser un entero (se obtuvo «{2}»)</translation>
    </message>
    <message>
        <source>`{1}` must be a number (got &quot;{2}&quot;)</source>
        <translation>`{1}` debe ser un número (se obtuvo «{2}»)</translation>
    </message>
    <message>
        <source>`{1}` must be a list of integers such as 128,64 (got &quot;{2}&quot;)</source>
        <translation>`{1}` debe ser una lista de enteros como 128,64 (se obtuvo «{2}»)</translation>
    </message>
    <message>
        <source>{1}: not valid YAML: {2}</source>
        <translation>{1}: no es YAML válido: {2}</translation>
    </message>
    <message>
        <source>{1}: expected a mapping of groups such as `training:` at the top level</source>
        <translation>{1}: se esperaba un mapeo de grupos como `training:` en el nivel superior</translation>
    </message>
    <message>
        <source>{1}: unknown group `{2}` (known: {3})</source>
        <translation>{1}: grupo desconocido `{2}` (conocidos: {3})</translation>
    </message>
    <message>
        <source>{1}: `{2}` must be a mapping</source>
        <translation>{1}: `{2}` debe ser un mapeo</translation>
    </message>
    <message>
        <source>{1}: unknown key `{2}`</source>
        <translation>{1}: clave desconocida `{2}`</translation>
    </message>
    <message>
        <source>{1}: `{2}` must be {3}</source>
        <translation>{1}: `{2}` debe ser {3}</translation>
    </message>
</context>
<context>
    <name>core::data</name>
    <message>
        <source>{1} must be a positive whole number (got {2})</source>
        <translation>{1} debe ser un número entero positivo (se obtuvo {2})</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>línea en blanco</translation>
    </message>
    <message>
        <source>blank line skipped</source>
        <translation>línea en blanco omitida</translation>
    </message>
    <message>
        <source>missing file</source>
        <translation>archivo ausente</translation>
    </message>
    <message>
        <source>is a folder, not a file (in {1})</source>
        <translation>es una carpeta, no un archivo (en {1})</translation>
    </message>
    <message>
        <source>is not a regular file (in {1})</source>
        <translation>no es un archivo normal (en {1})</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>archivo ilegible</translation>
    </message>
    <message>
        <source>cannot be read: {1}</source>
        <translation>no se puede leer: {1}</translation>
    </message>
    <message>
        <source>unknown gender</source>
        <translation>género desconocido</translation>
    </message>
    <message>
        <source>Gender must be F or M (got {1}); user {2} skipped</source>
        <translation>Gender debe ser F o M (se obtuvo {1}); usuario {2} omitido</translation>
    </message>
    <message>
        <source>expected 3 fields MovieID::Title::Genres</source>
        <translation>se esperaban 3 campos MovieID::Title::Genres</translation>
    </message>
    <message>
        <source>unknown genre</source>
        <translation>género cinematográfico desconocido</translation>
    </message>
    <message>
        <source>genre {1} of movie {2} is not one of the 18 ml-1m genres; ignored</source>
        <translation>el género {1} de la película {2} no es uno de los 18 géneros de ml-1m; se ignora</translation>
    </message>
    <message>
        <source>missing folder</source>
        <translation>carpeta ausente</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>carpeta no encontrada</translation>
    </message>
    <message>
        <source>expected 4 fields UserID::MovieID::Rating::Timestamp, found {1}</source>
        <translation>se esperaban 4 campos UserID::MovieID::Rating::Timestamp, hay {1}</translation>
    </message>
    <message>
        <source>is not a folder; choose a MovieLens folder such as ml-1m</source>
        <translation>no es una carpeta; elija una carpeta de MovieLens como ml-1m</translation>
    </message>
    <message>
        <source>holds no MovieLens ratings; looked for {1}</source>
        <translation>no contiene valoraciones de MovieLens; se buscó {1}</translation>
    </message>
    <message>
        <source>not found in {1} (an {2} folder holds {3})</source>
        <translation>no se encuentra en {1} (una carpeta {2} contiene {3})</translation>
    </message>
    <message>
        <source>{1} is valid UTF-8; titles read as UTF-8</source>
        <translation>{1} es UTF-8 válido; los títulos se leen como UTF-8</translation>
    </message>
    <message>
        <source>expected 5 fields user id|age|gender|occupation|zip code, found {1}</source>
        <translation>se esperaban 5 campos user id|age|gender|occupation|zip code, hay {1}</translation>
    </message>
    <message>
        <source>age must be a whole number of years (got {1})</source>
        <translation>la edad debe ser un número entero de años (se obtuvo {1})</translation>
    </message>
    <message>
        <source>occupation is empty</source>
        <translation>la ocupación está vacía</translation>
    </message>
    <message>
        <source>expected {1} fields movie id|title|release date|video release date|IMDb URL|19 genre flags, found {2}</source>
        <translation>se esperaban {1} campos movie id|title|release date|video release date|IMDb URL|19 indicadores de género, hay {2}</translation>
    </message>
    <message>
        <source>genre flag {1} must be 0 or 1 (got {2})</source>
        <translation>el indicador del género {1} debe ser 0 o 1 (se obtuvo {2})</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>the file is empty; expected the header {1}</source>
        <translation>el archivo está vacío; se esperaba la cabecera {1}</translation>
    </message>
    <message>
        <source>not a MovieLens file</source>
        <translation>no es un archivo de MovieLens</translation>
    </message>
    <message>
        <source>expected the header {1} (got {2})</source>
        <translation>se esperaba la cabecera {1} (se obtuvo {2})</translation>
    </message>
    <message>
        <source>malformed line</source>
        <translation>línea mal formada</translation>
    </message>
    <message>
        <source>the file cannot be read past this line: {1}</source>
        <translation>el archivo no se puede leer más allá de esta línea: {1}</translation>
    </message>
    <message>
        <source>expected 3 fields movieId,title,genres, found {1}</source>
        <translation>se esperaban 3 campos movieId,title,genres, hay {1}</translation>
    </message>
    <message>
        <source>expected 4 fields userId,movieId,rating,timestamp, found {1}</source>
        <translation>se esperaban 4 campos userId,movieId,rating,timestamp, hay {1}</translation>
    </message>
    <message>
        <source>expected 4 tab-separated fields user id, item id, rating, timestamp, found {1}</source>
        <translation>se esperaban 4 campos separados por tabuladores user id, item id, rating, timestamp, hay {1}</translation>
    </message>
    <message>
        <source>{1} is not valid UTF-8; titles read as Latin-1</source>
        <translation>{1} no es UTF-8 válido; los títulos se leen como Latin-1</translation>
    </message>
</context>
<context>
    <name>core::runs</name>
    <message>
        <source>filtering and preparing ratings</source>
        <translation>filtrando y preparando las valoraciones</translation>
    </message>
    <message>
        <source>per-user split</source>
        <translation>división por usuario</translation>
    </message>
    <message>
        <source>predicting the test set</source>
        <translation>prediciendo el conjunto de test</translation>
    </message>
    <message>
        <source>writing the run directory</source>
        <translation>escribiendo la carpeta de la ejecución</translation>
    </message>
</context>
<context>
    <name>core::sweep</name>
    <message>
        <source>all {1} trials ran</source>
        <translation>se ejecutaron los {1} ensayos</translation>
    </message>
    <message>
        <source>budget: max_trials ({1}) reached</source>
        <translation>presupuesto: se alcanzó max_trials ({1})</translation>
    </message>
    <message>
        <source>budget: max_wall_seconds ({1}) reached</source>
        <translation>presupuesto: se alcanzó max_wall_seconds ({1})</translation>
    </message>
    <message>
        <source>all {1} grid points ran</source>
        <translation>se ejecutaron los {1} puntos de la rejilla</translation>
    </message>
    <message>
        <source>error: {1}</source>
        <translation>error: {1}</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>detenido por el usuario</translation>
    </message>
    <message>
        <source>all {1} trials ran on Slurm</source>
        <translation>se ejecutaron los {1} ensayos en Slurm</translation>
    </message>
    <message>
        <source>on Slurm: wave {1} written, not submitted</source>
        <translation>en Slurm: ola {1} escrita, sin enviar</translation>
    </message>
    <message>
        <source>on Slurm: wave {1} submitted as job {2}</source>
        <translation>en Slurm: ola {1} enviada como trabajo {2}</translation>
    </message>
    <message>
        <source>median: val RMSE {1} at epoch {2} worse than median {3} of {4} trials</source>
        <translation>mediana: RMSE de validación {1} en la época {2} peor que la mediana {3} de {4} ensayos</translation>
    </message>
    <message>
        <source>asha: val RMSE {1} at epoch {2} (rung {3}) not in the top {4} of {5} trials (cut-off {6})</source>
        <translation>asha: RMSE de validación {1} en la época {2} (escalón {3}) fuera de los {4} mejores de {5} ensayos (corte {6})</translation>
    </message>
    <message>
        <source>not trained: repeat {1} was pruned</source>
        <translation>sin entrenar: la repetición {1} fue podada</translation>
    </message>
    <message>
        <source>not trained: repeat {1} was failed</source>
        <translation>sin entrenar: la repetición {1} falló</translation>
    </message>
    <message>
        <source>its Slurm task ended without finishing (cancelled, out of time, or killed) after {1} epochs</source>
        <translation>su tarea de Slurm terminó sin acabar (cancelada, sin tiempo o matada) tras {1} épocas</translation>
    </message>
    <message>
        <source>its Slurm task was stopped before training ended</source>
        <translation>su tarea de Slurm se detuvo antes de que terminara el entrenamiento</translation>
    </message>
    <message>
        <source>stopped by the user; trained again on resume</source>
        <translation>detenido por el usuario; se vuelve a entrenar al reanudar</translation>
    </message>
    <message>
        <source>pruned by sweep {1}: {2}</source>
        <translation>podado por el barrido {1}: {2}</translation>
    </message>
</context>
<context>
    <name>core::training</name>
    <message>
        <source>{1}, closed form</source>
        <translation>{1}, forma cerrada</translation>
    </message>
    <message>
        <source>the training loss became {1} in epoch {2}; try a lower training.learning_rate</source>
        <translation>la pérdida de entrenamiento pasó a ser {1} en la época {2}; pruebe con un training.learning_rate menor</translation>
    </message>
    <message>
        <source>the training loss became {1} in epoch {2}, batch {3}; try a lower training.learning_rate</source>
        <translation>la pérdida de entrenamiento pasó a ser {1} en la época {2}, lote {3}; pruebe con un training.learning_rate menor</translation>
    </message>
    <message>
        <source>stopped by the user while validating epoch {1}</source>
        <translation>detenido por el usuario mientras validaba la época {1}</translation>
    </message>
    <message>
        <source>stopped by the user during epoch {1}</source>
        <translation>detenido por el usuario durante la época {1}</translation>
    </message>
    <message>
        <source>early stopping: no better validation loss for {1} epochs</source>
        <translation>parada temprana: ninguna pérdida de validación mejor en {1} épocas</translation>
    </message>
    <message>
        <source>{1} (before the first epoch ended: the model holds the weights reached so far)</source>
        <translation>{1} (antes de que terminara la primera época: el modelo tiene los pesos alcanzados hasta entonces)</translation>
    </message>
    <message>
        <source>the split left {1} training and {2} validation ratings; training needs at least 2 and 1</source>
        <translation>la división dejó {1} valoraciones de entrenamiento y {2} de validación; el entrenamiento necesita al menos 2 y 1</translation>
    </message>
    <message>
        <source>LibTorch error: {1}</source>
        <translation>error de LibTorch: {1}</translation>
    </message>
    <message>
        <source>training ended without finishing (its process {1} was killed or the machine stopped) after no finished epoch</source>
        <translation>el entrenamiento terminó sin acabar (su proceso {1} fue matado o la máquina se detuvo) sin ninguna época terminada</translation>
    </message>
    <message>
        <source>training ended without finishing (its process {1} on {2} was killed or the machine stopped) after no finished epoch</source>
        <translation>el entrenamiento terminó sin acabar (su proceso {1} en {2} fue matado o la máquina se detuvo) sin ninguna época terminada</translation>
    </message>
    <message>
        <source>training ended without finishing (its process {1} was killed or the machine stopped) after {2}; best epoch {3} saved</source>
        <translation>el entrenamiento terminó sin acabar (su proceso {1} fue matado o la máquina se detuvo) tras {2}; mejor época {3} guardada</translation>
    </message>
    <message>
        <source>training ended without finishing (its process {1} on {2} was killed or the machine stopped) after {3}; best epoch {4} saved</source>
        <translation>el entrenamiento terminó sin acabar (su proceso {1} en {2} fue matado o la máquina se detuvo) tras {3}; mejor época {4} guardada</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 época</translation>
    </message>
    <message>
        <source>{1} epochs</source>
        <translation>{1} épocas</translation>
    </message>
</context>
<context>
    <name>core::training::TrainingLoop</name>
    <message>
        <source>{1} on {2}, {3}</source>
        <translation>{1} en {2}, {3}</translation>
    </message>
    <message>
        <source>fused step</source>
        <translation>paso fusionado</translation>
    </message>
    <message>
        <source>autograd step</source>
        <translation>paso autograd</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>expected 5 fields UserID::Gender::Age::Occupation::Zip-code, found {1}</source>
        <translation>se esperaban 5 campos UserID::Gender::Age::Occupation::Zip-code, hay {1}</translation>
    </message>
    <message>
        <source>Age must be a whole number (got {1})</source>
        <translation>Age debe ser un número entero (se obtuvo {1})</translation>
    </message>
    <message>
        <source>Occupation must be a whole number (got {1})</source>
        <translation>Occupation debe ser un número entero (se obtuvo {1})</translation>
    </message>
    <message>
        <source>age not an ml-1m bucket</source>
        <translation>edad fuera de los tramos de ml-1m</translation>
    </message>
    <message>
        <source>Age {1} is not one of 1, 18, 25, 35, 45, 50, 56; kept as is</source>
        <translation>Age {1} no es ninguno de 1, 18, 25, 35, 45, 50, 56; se mantiene tal cual</translation>
    </message>
    <message>
        <source>occupation outside 0–20</source>
        <translation>ocupación fuera de 0–20</translation>
    </message>
    <message>
        <source>Occupation {1} is outside 0–20; kept as is</source>
        <translation>Occupation {1} está fuera de 0–20; se mantiene tal cual</translation>
    </message>
    <message>
        <source>repeated rating</source>
        <translation>valoración repetida</translation>
    </message>
    <message>
        <source>user {1} rated movie {2} again (first at line {3}); both kept, as the notebook keeps them</source>
        <translation>el usuario {1} valoró de nuevo la película {2} (la primera vez en la línea {3}); se mantienen ambas, como hace el notebook</translation>
    </message>
</context>
<context>
    <name>ui::charts::ChartExport</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot draw the chart into %1</source>
        <translation>no se puede dibujar el gráfico en %1</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exportar los datos del gráfico</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Chart data saved to %1</source>
        <translation>Datos del gráfico guardados en %1</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
    <message>
        <source>this widget is not a chart</source>
        <translation>este elemento no es un gráfico</translation>
    </message>
    <message>
        <source>invalid image size</source>
        <translation>tamaño de imagen no válido</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exportar como SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard (%1 × %2 pixels)</source>
        <translation>Gráfico copiado al portapapeles (%1 × %2 píxeles)</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exportar datos como CSV…</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>ui::charts::ErrorHistogramPlot</name>
    <message>
        <source>Error histogram</source>
        <translation>Histograma de errores</translation>
    </message>
    <message>
        <source>error: actual − predicted (stars)</source>
        <translation>error: real − predicción (estrellas)</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>valoraciones</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>sin error</translation>
    </message>
    <message>
        <source>mean error %1 stars</source>
        <translation>error medio %1 estrellas</translation>
    </message>
</context>
<context>
    <name>ui::charts::ExportImageDialog</name>
    <message>
        <source>Image size</source>
        <translation>Tamaño de la imagen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <source>The image&apos;s size in pixels (SVG and PDF: its proportions)</source>
        <translation>Tamaño de la imagen en píxeles (SVG y PDF: sus proporciones)</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>As on screen (not scaled)</source>
        <translation>Como en pantalla (sin escalar)</translation>
    </message>
    <message>
        <source>Text and lines grow with the image: a chart drawn at any width looks the same, only sharper</source>
        <translation>El texto y las líneas crecen con la imagen: un gráfico a cualquier anchura se ve igual, solo más nítido</translation>
    </message>
    <message>
        <source>Text and lines ×%1: drawn as a chart of %2 × %3 pixels on screen.</source>
        <translation>Texto y líneas ×%1: dibujado como un gráfico de %2 × %3 píxeles en pantalla.</translation>
    </message>
</context>
<context>
    <name>ui::charts::LossChart</name>
    <message>
        <source>Loss (MSE, normalised ratings)</source>
        <translation>Pérdida (MSE, valoraciones normalizadas)</translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation>mejor época</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>batches (running mean)</source>
        <translation>lotes (media móvil)</translation>
    </message>
</context>
<context>
    <name>ui::charts::LossComparisonChart</name>
    <message>
        <source>Loss (MSE, normalised ratings): validation solid, training dashed</source>
        <translation>Pérdida (MSE, valoraciones normalizadas): validación continua, entrenamiento discontinuo</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (entrenamiento)</translation>
    </message>
</context>
<context>
    <name>ui::charts::ObjectiveByParameterPlot</name>
    <message>
        <source>Objective by parameter value</source>
        <translation>Objetivo por valor del parámetro</translation>
    </message>
    <message>
        <source>(log)</source>
        <translation>(log)</translation>
    </message>
</context>
<context>
    <name>ui::charts::ParallelCoordinatesPlot</name>
    <message>
        <source>(log)</source>
        <translation>(log)</translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation>prueba %1</translation>
    </message>
    <message>
        <source>The trials in parallel coordinates</source>
        <translation>Las pruebas en coordenadas paralelas</translation>
    </message>
</context>
<context>
    <name>ui::charts::ParameterImportancePlot</name>
    <message>
        <source>share of variance (%)</source>
        <translation>parte de la varianza (%)</translation>
    </message>
    <message>
        <source>Parameter importance (ε², share of variance)</source>
        <translation>Importancia de los parámetros (ε², parte de la varianza)</translation>
    </message>
    <message>
        <source>Not enough trials yet:
shown from %1 completed trials (%2 so far).</source>
        <translation>Aún faltan pruebas:
se muestra a partir de %1 pruebas completadas (%2 hasta ahora).</translation>
    </message>
</context>
<context>
    <name>ui::charts::PredictionScatterPlot</name>
    <message>
        <source>Predicted vs. actual rating</source>
        <translation>Valoración predicha frente a real</translation>
    </message>
    <message>
        <source>actual stars</source>
        <translation>estrellas reales</translation>
    </message>
    <message>
        <source>predicted stars</source>
        <translation>estrellas predichas</translation>
    </message>
    <message>
        <source>mean prediction</source>
        <translation>predicción media</translation>
    </message>
    <message>
        <source>quartiles, 1.5·IQR whiskers</source>
        <translation>cuartiles, bigotes de 1,5·IQR</translation>
    </message>
    <message>
        <source>ideal: predicted = actual</source>
        <translation>ideal: predicho = real</translation>
    </message>
    <message>
        <source>ratings per cell</source>
        <translation>valoraciones por celda</translation>
    </message>
</context>
<context>
    <name>ui::charts::ResidualPlot</name>
    <message>
        <source>Residuals vs. prediction</source>
        <translation>Residuos frente a predicción</translation>
    </message>
    <message>
        <source>predicted stars</source>
        <translation>estrellas predichas</translation>
    </message>
    <message>
        <source>residual: actual − predicted (stars)</source>
        <translation>residuo: real − predicción (estrellas)</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>sin error</translation>
    </message>
    <message>
        <source>ratings per cell</source>
        <translation>valoraciones por celda</translation>
    </message>
</context>
<context>
    <name>ui::charts::SweepHistoryPlot</name>
    <message>
        <source>trial</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>completed trial</source>
        <translation>prueba completada</translation>
    </message>
    <message>
        <source>pruned trial</source>
        <translation>prueba podada</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>mejor hasta el momento</translation>
    </message>
    <message>
        <source>best trial</source>
        <translation>mejor prueba</translation>
    </message>
    <message>
        <source>Objective by trial and best so far</source>
        <translation>Objetivo por prueba y mejor hasta el momento</translation>
    </message>
</context>
<context>
    <name>ui::models::ConfigComparisonModel</name>
    <message>
        <source>Setting</source>
        <translation>Parámetro</translation>
    </message>
</context>
<context>
    <name>ui::models::CsvText</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::models::IssuesTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>ui::models::MetricComparisonModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Mejor época</translation>
    </message>
    <message>
        <source>Best validation loss (MSE)</source>
        <translation>Mejor pérdida de validación (MSE)</translation>
    </message>
    <message>
        <source>Training time (s)</source>
        <translation>Tiempo de entrenamiento (s)</translation>
    </message>
    <message>
        <source>RMSE (stars)</source>
        <translation>RMSE (estrellas)</translation>
    </message>
    <message>
        <source>RMSE (normalised)</source>
        <translation>RMSE (normalizado)</translation>
    </message>
    <message>
        <source>MAE (stars)</source>
        <translation>MAE (estrellas)</translation>
    </message>
    <message>
        <source>MAE (normalised)</source>
        <translation>MAE (normalizado)</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Precision@%1</translation>
    </message>
    <message>
        <source>NDCG@%1 (notebook-compatible)</source>
        <translation>NDCG@%1 (compatible con el notebook)</translation>
    </message>
    <message>
        <source>NDCG@%1 (correct)</source>
        <translation>NDCG@%1 (correcto)</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Menor es mejor.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Mayor es mejor.</translation>
    </message>
    <message>
        <source>Best of the compared runs</source>
        <translation>La mejor de las ejecuciones comparadas</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
</context>
<context>
    <name>ui::models::MoviesTableModel</name>
    <message>
        <source>MovieID</source>
        <translation>MovieID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Géneros</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Mean stars</source>
        <translation>Estrellas medias</translation>
    </message>
</context>
<context>
    <name>ui::models::RankedTestItemsModel</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Géneros</translation>
    </message>
    <message>
        <source>Actual ★</source>
        <translation>★ reales</translation>
    </message>
    <message>
        <source>Predicted ★</source>
        <translation>★ predichas</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ui::models::RatingsTableModel</name>
    <message>
        <source>UserID</source>
        <translation>UserID</translation>
    </message>
    <message>
        <source>MovieID</source>
        <translation>MovieID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Rated at (UTC)</source>
        <translation>Valorada el (UTC)</translation>
    </message>
</context>
<context>
    <name>ui::models::RecommendationsModel</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Géneros</translation>
    </message>
    <message>
        <source>Predicted ★</source>
        <translation>★ predichas</translation>
    </message>
</context>
<context>
    <name>ui::models::RunComparison</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::models::RunListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Mejor época</translation>
    </message>
    <message>
        <source>Test RMSE ★</source>
        <translation>RMSE de test ★</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Test MAE ★</source>
        <translation>MAE de test ★</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Precision@%1</translation>
    </message>
    <message>
        <source>NDCG@%1</source>
        <translation>NDCG@%1</translation>
    </message>
    <message>
        <source>User emb.</source>
        <translation>Emb. usuario</translation>
    </message>
    <message>
        <source>Movie emb.</source>
        <translation>Emb. película</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Epochs trained.</source>
        <translation>Épocas entrenadas.</translation>
    </message>
    <message>
        <source>The epoch with the lowest validation loss, whose weights were kept.</source>
        <translation>La época con la menor pérdida de validación, cuyos pesos se guardaron.</translation>
    </message>
    <message>
        <source>Root mean squared error on the test set, in stars (lower is better).</source>
        <translation>Raíz del error cuadrático medio en el conjunto de test, en estrellas (menor es mejor).</translation>
    </message>
    <message>
        <source>Mean absolute error on the test set, in stars (lower is better).</source>
        <translation>Error absoluto medio en el conjunto de test, en estrellas (menor es mejor).</translation>
    </message>
    <message>
        <source>Share of the test ratings&apos; variance the model explains (1 is perfect).</source>
        <translation>Parte de la varianza de las valoraciones de test que explica el modelo (1 es perfecto).</translation>
    </message>
    <message>
        <source>Relevant items among each user&apos;s k best-predicted test items, divided by k, averaged over users.</source>
        <translation>Elementos relevantes entre los k elementos de test mejor predichos de cada usuario, divididos por k, promediados sobre los usuarios.</translation>
    </message>
    <message>
        <source>NDCG with the ideal ranking built from all of the user&apos;s relevant test items (the correct one).</source>
        <translation>NDCG con la ordenación ideal construida con todos los elementos de test relevantes del usuario (el correcto).</translation>
    </message>
    <message>
        <source>Width of the user embedding (neumf, ensemble) or of the user factors (biased_mf).</source>
        <translation>Anchura del embedding de usuario (neumf, ensemble) o de los factores de usuario (biased_mf).</translation>
    </message>
    <message>
        <source>Width of the movie embedding (neumf, ensemble) or of the movie factors (biased_mf).</source>
        <translation>Anchura del embedding de película (neumf, ensemble) o de los factores de película (biased_mf).</translation>
    </message>
    <message>
        <source>Adam&apos;s initial step size.</source>
        <translation>Tamaño de paso inicial de Adam.</translation>
    </message>
    <message>
        <source>Training ratings per optimizer step.</source>
        <translation>Valoraciones de entrenamiento por paso del optimizador.</translation>
    </message>
</context>
<context>
    <name>ui::models::SweepTrialModel</name>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>running (repeat %1, epoch %2)</source>
        <translation>en curso (repetición %1, época %2)</translation>
    </message>
    <message>
        <source>running (epoch %1)</source>
        <translation>en curso (época %1)</translation>
    </message>
    <message>
        <source>running (preparing)</source>
        <translation>en curso (preparando)</translation>
    </message>
    <message>
        <source>pruned at epoch %1</source>
        <translation>podada en la época %1</translation>
    </message>
    <message>
        <source>pruned at epoch %1: %2</source>
        <translation>podada en la época %1: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
    <message>
        <source>The best trial so far</source>
        <translation>La mejor prueba hasta el momento</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Test RMSE ★</source>
        <translation>RMSE de test ★</translation>
    </message>
    <message>
        <source>Test MAE ★</source>
        <translation>MAE de test ★</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>R² de test</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Precision@%1</translation>
    </message>
    <message>
        <source>NDCG@%1</source>
        <translation>NDCG@%1</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
</context>
<context>
    <name>ui::models::UsersTableModel</name>
    <message>
        <source>UserID</source>
        <translation>UserID</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
</context>
<context>
    <name>ui::panels::ComparePage</name>
    <message>
        <source>&lt;b&gt;Outcome and test metrics&lt;/b&gt; — the best value of each row is marked green.</source>
        <translation>&lt;b&gt;Resultado y métricas de test&lt;/b&gt;: el mejor valor de cada fila se marca en verde.</translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation>Exportar &amp;métricas como CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration&lt;/b&gt; — settings that differ between the runs are highlighted.</source>
        <translation>&lt;b&gt;Configuración&lt;/b&gt;: se resaltan los parámetros que difieren entre las ejecuciones.</translation>
    </message>
    <message>
        <source>Show &amp;only differences</source>
        <translation>Mostrar so&amp;lo diferencias</translation>
    </message>
    <message>
        <source>Export &amp;configuration as CSV…</source>
        <translation>Exportar &amp;configuración como CSV…</translation>
    </message>
    <message>
        <source>Metrics and configuration</source>
        <translation>Métricas y configuración</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>Curvas de pérdida</translation>
    </message>
    <message>
        <source>Run &amp;A:</source>
        <translation>Eje&amp;cución A:</translation>
    </message>
    <message>
        <source>Run &amp;B:</source>
        <translation>Ejecución &amp;B:</translation>
    </message>
    <message>
        <source>Predicted vs. actual: jittered points</source>
        <translation>Predicción frente a real: puntos dispersados</translation>
    </message>
    <message>
        <source>Predicted vs. actual: box plot per star</source>
        <translation>Predicción frente a real: diagrama de caja por estrella</translation>
    </message>
    <message>
        <source>Both sides share their axes. Drag to pan, wheel to zoom, double-click to reset; right-click to export.</source>
        <translation>Ambos lados comparten los ejes. Arrastre para desplazar, rueda para ampliar, doble clic para restablecer; clic derecho para exportar.</translation>
    </message>
    <message>
        <source>Two runs side by side</source>
        <translation>Dos ejecuciones lado a lado</translation>
    </message>
    <message>
        <source>Nothing compared yet: select two or more runs on the Runs page and press Compare (Ctrl+D).</source>
        <translation>Todavía no hay nada comparado: seleccione dos o más ejecuciones en la página Ejecuciones y pulse Comparar (Ctrl+D).</translation>
    </message>
    <message>
        <source>Comparing %1 runs: %2.</source>
        <translation>Comparando %1 ejecuciones: %2.</translation>
    </message>
    <message>
        <source>Blank where a run has no test metrics (interrupted or failed): %1.</source>
        <translation>En blanco donde una ejecución no tiene métricas de test (interrumpida o fallida): %1.</translation>
    </message>
    <message>
        <source> (no test predictions)</source>
        <translation> (sin predicciones de test)</translation>
    </message>
    <message>
        <source>Predicted vs. actual — %1%2</source>
        <translation>Predicción frente a real — %1%2</translation>
    </message>
    <message>
        <source>Predicted vs. actual rating</source>
        <translation>Valoración predicha frente a real</translation>
    </message>
    <message>
        <source>Error histogram — %1%2</source>
        <translation>Histograma de errores — %1%2</translation>
    </message>
    <message>
        <source>Error histogram</source>
        <translation>Histograma de errores</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
</context>
<context>
    <name>ui::panels::DatasetPage</name>
    <message>
        <source>A folder with ratings.dat, users.dat and movies.dat (Ctrl+O). You can also drop a folder on the window.</source>
        <translation>Una carpeta con ratings.dat, users.dat y movies.dat (Ctrl+O). También puede soltar una carpeta sobre la ventana.</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>Carpetas recientes</translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation>No hay ningún conjunto de datos cargado.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Filter: a UserID or MovieID, or part of a title</source>
        <translation>Filtro: un UserID o MovieID, o parte de un título</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Filter: any text</source>
        <translation>Filtro: cualquier texto</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Filter: any text (title, genre, year…)</source>
        <translation>Filtro: cualquier texto (título, género, año…)</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Películas</translation>
    </message>
    <message>
        <source>Loading %1 … %p%</source>
        <translation>Cargando %1 … %p%</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;No se pudo cargar %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Ratings per star</source>
        <translation>Valoraciones por estrella</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>valoraciones</translation>
    </message>
    <message>
        <source>Ratings per genre</source>
        <translation>Valoraciones por género</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Kept, skipped or fixed (first examples below; select one to read it in full): %1</source>
        <translation>Mantenido, omitido o corregido (primeros ejemplos abajo; seleccione uno para leerlo entero): %1</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=right&gt;in the files&lt;/th&gt;&lt;th align=right&gt;rated&lt;/th&gt;&lt;th align=right&gt;after filters&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;users&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;movies&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;ratings&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Filters: ≥ %9 ratings per user, then ≥ %10 per movie.&lt;/p&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=right&gt;en los archivos&lt;/th&gt;&lt;th align=right&gt;con valoraciones&lt;/th&gt;&lt;th align=right&gt;tras los filtros&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;usuarios&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;películas&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;valoraciones&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Filtros: ≥ %9 valoraciones por usuario, después ≥ %10 por película.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a MovieLens folder (ml-100k, ml-1m, ml-10m, ml-20m, ml-25m, ml-32m or ml-latest) to begin.</source>
        <translation>Abra una carpeta de MovieLens (ml-100k, ml-1m, ml-10m, ml-20m, ml-25m, ml-32m o ml-latest) para empezar.</translation>
    </message>
    <message>
        <source>ratings in half stars (0.5–5)</source>
        <translation>valoraciones en medias estrellas (0,5–5)</translation>
    </message>
    <message>
        <source>ratings in whole stars (1–5)</source>
        <translation>valoraciones en estrellas enteras (1–5)</translation>
    </message>
    <message>
        <source>gender, age and occupation per user</source>
        <translation>género, edad y ocupación por usuario</translation>
    </message>
    <message>
        <source>no user features (the model&apos;s user-feature branch is off)</source>
        <translation>sin atributos de usuario (la rama de atributos de usuario del modelo está desactivada)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>Open MovieLens folder…</source>
        <translation>Abrir carpeta de MovieLens…</translation>
    </message>
    <message>
        <source>genres: %1</source>
        <translation>géneros: %1</translation>
    </message>
    <message>
        <source>Ratings (the first %1 of %2 that match)</source>
        <translation>Valoraciones (las primeras %1 de %2 que coinciden)</translation>
    </message>
    <message>
        <source>%1 (filtering…)</source>
        <translation>%1 (filtrando…)</translation>
    </message>
</context>
<context>
    <name>ui::panels::ExperimentPage</name>
    <message>
        <source>Load YAML…</source>
        <translation>Cargar YAML…</translation>
    </message>
    <message>
        <source>Save YAML…</source>
        <translation>Guardar YAML…</translation>
    </message>
    <message>
        <source>Reset to the notebook&apos;s values</source>
        <translation>Restablecer los valores del notebook</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Start training with this configuration (Ctrl+R, F5)</source>
        <translation>Empezar a entrenar con esta configuración (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>cuda (not available)</source>
        <translation>cuda (no disponible)</translation>
    </message>
    <message>
        <source>cuda (%1)</source>
        <translation>cuda (%1)</translation>
    </message>
    <message>
        <source>Configuration: the notebook&apos;s values (not saved to a file)</source>
        <translation>Configuración: los valores del notebook (sin guardar en un archivo)</translation>
    </message>
    <message>
        <source>Valid configuration.</source>
        <translation>Configuración válida.</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(cambios sin guardar)</translation>
    </message>
    <message>
        <source>Cannot train until these are fixed: %1</source>
        <translation>No se puede entrenar hasta corregir: %1</translation>
    </message>
    <message>
        <source>CUDA available: %1</source>
        <translation>CUDA disponible: %1</translation>
    </message>
    <message>
        <source>CUDA not available</source>
        <translation>CUDA no disponible</translation>
    </message>
    <message>
        <source>LibTorch %1, %2. %3</source>
        <translation>LibTorch %1, %2. %3</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>No cargada: %1</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardada: %1</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Archivos YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Load configuration</source>
        <translation>Cargar configuración</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Archivos YAML (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>the notebook&apos;s values</source>
        <translation>los valores del notebook</translation>
    </message>
    <message>
        <source>Configuration: %1, modified (%2)</source>
        <translation>Configuración: %1, modificada (%2)</translation>
    </message>
    <message>
        <source>LibTorch %1, %2. Training will run on %3 with %4, %5 thread(s).</source>
        <translation>LibTorch %1, %2. El entrenamiento se ejecutará en %3 con %4, %5 hilo(s).</translation>
    </message>
    <message>
        <source>%1 has no users file: the model&apos;s user-feature branch (gender, age, occupation) is off, and users are known by their ratings alone.</source>
        <translation>%1 no tiene archivo de usuarios: la rama de atributos de usuario del modelo (género, edad, ocupación) está desactivada y a los usuarios solo se los conoce por sus valoraciones.</translation>
    </message>
    <message>
        <source>Ratings come in half stars: they are normalised as stars / 5 (0.5 ★ → 0.1), and the relevance threshold 0.8 means 4 stars or more (4, 4.5 and 5).</source>
        <translation>Las valoraciones vienen en medias estrellas: se normalizan como estrellas / 5 (0,5 ★ → 0,1) y el umbral de relevancia 0,8 significa 4 estrellas o más (4, 4,5 y 5).</translation>
    </message>
</context>
<context>
    <name>ui::panels::ResultsPage</name>
    <message>
        <source>No results yet: train a model or open a saved run.</source>
        <translation>Aún no hay resultados: entrene un modelo o abra una ejecución guardada.</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Share of the test ratings&apos; variance the model explains (1 is perfect, 0 is the mean).</source>
        <translation>Parte de la varianza de las valoraciones de test que explica el modelo (1 es perfecto, 0 es la media).</translation>
    </message>
    <message>
        <source>Per user: relevant items (≥ threshold) among the k best-predicted test items, divided by k (as the notebook), averaged over users.</source>
        <translation>Por usuario: elementos relevantes (≥ umbral) entre los k elementos de test mejor predichos, dividido entre k (como el notebook), promediado sobre los usuarios.</translation>
    </message>
    <message>
        <source>The notebook&apos;s NDCG: its ideal ranking sorts only the top-k slice, so relevant items ranked below k are ignored. Comparable with the notebook&apos;s 0.9338.</source>
        <translation>El NDCG del notebook: su ranking ideal ordena solo los k primeros, así que ignora los elementos relevantes por debajo de k. Comparable con el 0,9338 del notebook.</translation>
    </message>
    <message>
        <source>NDCG with the ideal ranking built from all of the user&apos;s relevant test items.</source>
        <translation>NDCG con el ranking ideal construido con todos los elementos de test relevantes del usuario.</translation>
    </message>
    <message>
        <source>Predicted vs. actual: jittered points</source>
        <translation>Predicción frente a real: puntos dispersados</translation>
    </message>
    <message>
        <source>Predicted vs. actual: box plot per star</source>
        <translation>Predicción frente a real: diagrama de caja por estrella</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>no test metrics (failed run)</source>
        <translation>sin métricas de test (ejecución fallida)</translation>
    </message>
    <message>
        <source>%1 test ratings</source>
        <translation>%1 valoraciones de test</translation>
    </message>
    <message>
        <source>k = %1, relevant ≥ %2★</source>
        <translation>k = %1, relevante ≥ %2★</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 usuarios</translation>
    </message>
    <message>
        <source>ideal from all relevant items</source>
        <translation>ideal con todos los elementos relevantes</translation>
    </message>
    <message>
        <source>RMSE (stars)</source>
        <translation>RMSE (estrellas)</translation>
    </message>
    <message>
        <source>Root mean squared error on the test set, in stars; below: on normalised ratings (stars / 5), as the notebook prints it.</source>
        <translation>Raíz del error cuadrático medio en el conjunto de test, en estrellas; debajo: sobre valoraciones normalizadas (estrellas / 5), como lo imprime el notebook.</translation>
    </message>
    <message>
        <source>MAE (stars)</source>
        <translation>MAE (estrellas)</translation>
    </message>
    <message>
        <source>Mean absolute error on the test set, in stars; below: normalised (stars / 5).</source>
        <translation>Error absoluto medio en el conjunto de test, en estrellas; debajo: normalizado (estrellas / 5).</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Precision@%1</translation>
    </message>
    <message>
        <source>NDCG@%1 (notebook-compatible)</source>
        <translation>NDCG@%1 (compatible con el notebook)</translation>
    </message>
    <message>
        <source>NDCG@%1 (correct)</source>
        <translation>NDCG@%1 (correcto)</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to reset; right-click to export (PNG, SVG, PDF, CSV, clipboard).</source>
        <translation>Arrastre para desplazar, rueda para ampliar, doble clic para restablecer; clic derecho para exportar (PNG, SVG, PDF, CSV, portapapeles).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3%4&lt;br&gt;Model: %5&lt;br&gt;Data: %6 · split %7 / %8 / %9 (train / validation / test) · best epoch %10 of %11 · %12 s on %13 (%14)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 — %3%4&lt;br&gt;Modelo: %5&lt;br&gt;Datos: %6 · división %7 / %8 / %9 (entrenamiento / validación / test) · mejor época %10 de %11 · %12 s en %13 (%14)</translation>
    </message>
    <message>
        <source>%1 normalised</source>
        <translation>%1 normalizado</translation>
    </message>
    <message>
        <source>%1 of the predictions are the same value, %2 stars: the model&apos;s output saturates there (look for a floor or a ceiling in the plots).</source>
        <translation>El %1 de las predicciones tienen el mismo valor, %2 estrellas: la salida del modelo se satura ahí (busque un suelo o un techo en los gráficos).</translation>
    </message>
    <message>
        <source>%1 of the predictions lie outside 1–5 stars (the metrics use them as they are).</source>
        <translation>El %1 de las predicciones queda fuera de 1–5 estrellas (las métricas las usan tal cual).</translation>
    </message>
</context>
<context>
    <name>ui::panels::RunsPage</name>
    <message>
        <source>Change workspace…</source>
        <translation>Cambiar espacio de trabajo…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Etiquetar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Mostrar en el gestor de archivos</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Abrir resultados</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Renombrar ejecución</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Rename failed</source>
        <translation>No se pudo renombrar</translation>
    </message>
    <message>
        <source>Tag run</source>
        <translation>Etiquetar ejecución</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Tag failed</source>
        <translation>No se pudo etiquetar</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete the run folder %1 and everything in it?</source>
        <translation>¿Eliminar la carpeta de la ejecución %1 y todo su contenido?</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <source>&amp;Compare selected runs</source>
        <translation>&amp;Comparar las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>Compare the selected runs side by side (Ctrl+D). Select two or more runs with Ctrl+click or Shift+click.</source>
        <translation>Compara lado a lado las ejecuciones seleccionadas (Ctrl+D). Seleccione dos o más ejecuciones con Ctrl+clic o Mayús+clic.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Open results</source>
        <translation>&amp;Abrir resultados</translation>
    </message>
    <message>
        <source>Show this run&apos;s results and per-user tables (double-click a run).</source>
        <translation>Muestra los resultados y las tablas por usuario de esta ejecución (doble clic en una ejecución).</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Etiquetar…</translation>
    </message>
    <message>
        <source>Set the tag of the selected runs.</source>
        <translation>Pone la etiqueta de las ejecuciones seleccionadas.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected run folders (asks first).</source>
        <translation>Elimina las carpetas de las ejecuciones seleccionadas (pregunta antes).</translation>
    </message>
    <message>
        <source>Reveal in &amp;file manager</source>
        <translation>Mostrar en el &amp;gestor de archivos</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>Copy the selected runs&apos; folders, one per line.</source>
        <translation>Copia las carpetas de las ejecuciones seleccionadas, una por línea.</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n runs</source>
        <translation>
            <numerusform>Etiquetar %n ejecución</numerusform>
            <numerusform>Etiquetar %n ejecuciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n run folders from %1 and everything in them?

%2</source>
        <translation>
            <numerusform>¿Eliminar esta carpeta de ejecución de %1 y todo lo que contiene?

%2</numerusform>
            <numerusform>¿Eliminar estas %n carpetas de ejecuciones de %1 y todo lo que contienen?

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n runs</source>
        <translation>
            <numerusform>Eliminar %n ejecución</numerusform>
            <numerusform>Eliminar %n ejecuciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::panels::SweepsPage</name>
    <message>
        <source>best: trial %1 (%2)</source>
        <translation>mejor: prueba %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — unreadable: %2</source>
        <translation>%1 — ilegible: %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>on Slurm</source>
        <translation>en Slurm</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>%1 — %2, %3 of %4 trials</source>
        <translation>%1 — %2, %3 de %4 pruebas</translation>
    </message>
    <message>
        <source>Could not open the sweep: %1</source>
        <translation>No se pudo abrir el barrido: %1</translation>
    </message>
    <message>
        <source>Could not open the sweep</source>
        <translation>No se pudo abrir el barrido</translation>
    </message>
    <message>
        <source>Start s&amp;weep</source>
        <translation>Iniciar &amp;barrido</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Start a new sweep of this specification on the loaded dataset (Ctrl+Shift+R)</source>
        <translation>Iniciar un barrido nuevo de esta especificación con el conjunto de datos cargado (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Stop s&amp;weep</source>
        <translation>Detener &amp;barrido</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Esc</source>
        <translation>Ctrl+Shift+Esc</translation>
    </message>
    <message>
        <source>Stop the sweep: the trainings in progress stop after their current batch and are trained again on resume</source>
        <translation>Detener el barrido: los entrenamientos en curso se detienen tras su lote actual y se repiten al reanudar</translation>
    </message>
    <message>
        <source>Resu&amp;me sweep</source>
        <translation>Rea&amp;nudar barrido</translation>
    </message>
    <message>
        <source>Go on with the stopped or interrupted sweep on display</source>
        <translation>Continuar el barrido mostrado, detenido o interrumpido</translation>
    </message>
    <message>
        <source>Trainings at once (default: %1, as the command line). 2 ran about twice the trials per hour of 1 on a 2-core machine; 1 leaves a core to this window. Sweeps that need the autograd step run one at a time.</source>
        <translation>Entrenamientos a la vez (por defecto: %1, como la línea de órdenes). Con 2 se hicieron unas el doble de pruebas por hora que con 1 en una máquina de 2 núcleos; 1 deja un núcleo a esta ventana. Los barridos que necesitan el paso autograd entrenan de uno en uno.</translation>
    </message>
    <message>
        <source>Trainings at &amp;once:</source>
        <translation>Entrenamientos a la ve&amp;z:</translation>
    </message>
    <message>
        <source>Run on S&amp;lurm…</source>
        <translation>Ejecutar en S&amp;lurm…</translation>
    </message>
    <message>
        <source>Hand the trainings of this specification to a Slurm cluster, one job array per wave, instead of running them here</source>
        <translation>Entregar los entrenamientos de esta especificación a un clúster Slurm, un job array por oleada, en lugar de ejecutarlos aquí</translation>
    </message>
    <message>
        <source>Load spec…</source>
        <translation>Cargar especificación…</translation>
    </message>
    <message>
        <source>Save spec…</source>
        <translation>Guardar especificación…</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Sweeps in the workspace (double-click to open):</source>
        <translation>Barridos del espacio de trabajo (doble clic para abrir):</translation>
    </message>
    <message>
        <source>Sweeps</source>
        <translation>Barridos</translation>
    </message>
    <message>
        <source>Show all trials</source>
        <translation>Mostrar todas las pruebas</translation>
    </message>
    <message>
        <source>Double-click a trial to open its run on the Results page. Select trials to overlay their validation curves.</source>
        <translation>Doble clic en una prueba para abrir su ejecución en la página Resultados. Seleccione pruebas para superponer sus curvas de validación.</translation>
    </message>
    <message>
        <source>Drag along an axis to keep only the trials in that range (the table follows); click an axis to clear its range, double-click to clear all. Colour: objective (dark is better); grey: pruned; dashed: running.</source>
        <translation>Arrastre a lo largo de un eje para quedarse solo con las pruebas de ese intervalo (la tabla lo sigue); clic en un eje para quitar su intervalo, doble clic para quitarlos todos. Color: objetivo (oscuro es mejor); gris: podada; discontinua: en curso.</translation>
    </message>
    <message>
        <source>Parallel coordinates</source>
        <translation>Coordenadas paralelas</translation>
    </message>
    <message>
        <source>Objective by parameter</source>
        <translation>Objetivo por parámetro</translation>
    </message>
    <message>
        <source>Objective by trial</source>
        <translation>Objetivo por prueba</translation>
    </message>
    <message>
        <source>Method: for each parameter alone, the share of the objective&apos;s variance over the completed trials that its values explain — a one-way analysis of variance with the trials grouped by value (ranges cut into 2–4 equal-count bins), reported as ε² (η² corrected for the share that that many groups explain by chance). Limits: interactions between parameters are not counted and the shares need not add up to 100%; a sampler that concentrates on good regions (TPE) makes parameters correlate, which can inflate or hide an effect; with few trials the figures are noise, so none are shown under %1 completed trials.</source>
        <translation>Método: para cada parámetro por separado, la parte de la varianza del objetivo en las pruebas completadas que explican sus valores — un análisis de la varianza de un factor con las pruebas agrupadas por valor (los intervalos, cortados en 2–4 grupos del mismo tamaño), expresada como ε² (η² corregida por la parte que tantos grupos explicarían por azar). Límites: no se cuentan las interacciones entre parámetros y las partes no tienen por qué sumar 100 %; un muestreador que se concentra en las regiones buenas (TPE) correlaciona los parámetros, lo que puede inflar u ocultar un efecto; con pocas pruebas las cifras son ruido, así que no se muestra ninguna por debajo de %1 pruebas completadas.</translation>
    </message>
    <message>
        <source>Parameter importance</source>
        <translation>Importancia de los parámetros</translation>
    </message>
    <message>
        <source>Validation RMSE per epoch (stars)</source>
        <translation>RMSE de validación por época (estrellas)</translation>
    </message>
    <message>
        <source>validation RMSE (stars)</source>
        <translation>RMSE de validación (estrellas)</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>Curvas de aprendizaje</translation>
    </message>
    <message>
        <source>A sweep is running here: start another when it has ended.</source>
        <translation>Hay un barrido en curso aquí: inicie otro cuando haya terminado.</translation>
    </message>
    <message>
        <source>A sweep is being handed to Slurm: wait until it has been.</source>
        <translation>Se está entregando un barrido a Slurm: espere a que termine la entrega.</translation>
    </message>
    <message>
        <source>A training is running: start the sweep when it has ended.</source>
        <translation>Hay un entrenamiento en curso: inicie el barrido cuando haya terminado.</translation>
    </message>
    <message>
        <source>Fix the sweep specification first: %1</source>
        <translation>Corrija primero la especificación del barrido: %1</translation>
    </message>
    <message>
        <source>One training at a time: %1</source>
        <translation>Un entrenamiento a la vez: %1</translation>
    </message>
    <message>
        <source>Could not create the sweep: %1</source>
        <translation>No se pudo crear el barrido: %1</translation>
    </message>
    <message>
        <source>Open a sweep first (the Sweeps list).</source>
        <translation>Abra primero un barrido (la lista Barridos).</translation>
    </message>
    <message>
        <source>Another process runs this sweep.</source>
        <translation>Otro proceso está ejecutando este barrido.</translation>
    </message>
    <message>
        <source>A training is running: resume the sweep when it has ended.</source>
        <translation>Hay un entrenamiento en curso: reanude el barrido cuando haya terminado.</translation>
    </message>
    <message>
        <source>This sweep has finished: %1</source>
        <translation>Este barrido ha terminado: %1</translation>
    </message>
    <message>
        <source>Stopping the sweep: the trainings in progress stop after their current batch and are trained again on resume…</source>
        <translation>Deteniendo el barrido: los entrenamientos en curso se detienen tras su lote actual y se repiten al reanudar…</translation>
    </message>
    <message>
        <source>Sweep %1 ended on an error: %2</source>
        <translation>El barrido %1 terminó con un error: %2</translation>
    </message>
    <message>
        <source>Sweep %1 stopped after %2 finished trials; resume to go on.</source>
        <translation>El barrido %1 se detuvo tras %2 pruebas terminadas; reanúdelo para continuar.</translation>
    </message>
    <message>
        <source>Sweep %1 finished: %2</source>
        <translation>Barrido %1 terminado: %2</translation>
    </message>
    <message>
        <source>The sweep could not run: %1</source>
        <translation>El barrido no se pudo ejecutar: %1</translation>
    </message>
    <message>
        <source>The sweep could not run</source>
        <translation>El barrido no se pudo ejecutar</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>trial %1, repeat %2</source>
        <translation>prueba %1, repetición %2</translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation>prueba %1</translation>
    </message>
    <message>
        <source>The selected trials (at most %1 curves).</source>
        <translation>Las pruebas seleccionadas (como mucho %1 curvas).</translation>
    </message>
    <message>
        <source>The five best trials and those running; select trials in the table to choose others.</source>
        <translation>Las cinco mejores pruebas y las que están en curso; seleccione pruebas en la tabla para elegir otras.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 trials (the ranges brushed on the parallel coordinates).</source>
        <translation>Se muestran %1 de %2 pruebas (los intervalos marcados en las coordenadas paralelas).</translation>
    </message>
    <message>
        <source>%1 trials.</source>
        <translation>%1 pruebas.</translation>
    </message>
    <message>
        <source>No sweep on display. Edit a specification on the left and press Start sweep, or open a sweep of the workspace (the Sweeps tab).</source>
        <translation>No se muestra ningún barrido. Edite una especificación a la izquierda y pulse Iniciar barrido, o abra un barrido del espacio de trabajo (la pestaña Barridos).</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>deteniéndose…</translation>
    </message>
    <message>
        <source>running in another process (read-only; refreshed every %1 s)</source>
        <translation>en curso en otro proceso (solo lectura; se actualiza cada %1 s)</translation>
    </message>
    <message>
        <source>finished: %1</source>
        <translation>terminado: %1</translation>
    </message>
    <message>
        <source>on Slurm, %1 trainings not ended yet</source>
        <translation>en Slurm, %1 entrenamientos aún sin terminar</translation>
    </message>
    <message>
        <source>interrupted (resume to go on)</source>
        <translation>interrumpido (reanúdelo para continuar)</translation>
    </message>
    <message>
        <source>%1 (resume to go on)</source>
        <translation>%1 (reanúdelo para continuar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 of %4 trials finished; objective %5 (%6); %7 s. State: %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3 de %4 pruebas terminadas; objetivo %5 (%6); %7 s. Estado: %8.</translation>
    </message>
    <message>
        <source>The best is highlighted: %1.</source>
        <translation>La mejor está resaltada: %1.</translation>
    </message>
    <message>
        <source>Trial %1 has no run folder yet.</source>
        <translation>La prueba %1 aún no tiene carpeta de ejecución.</translation>
    </message>
    <message>
        <source>no sweep on display</source>
        <translation>no se muestra ningún barrido</translation>
    </message>
    <message>
        <source>Export leaderboard</source>
        <translation>Exportar clasificación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Leaderboard written to %1</source>
        <translation>Clasificación escrita en %1</translation>
    </message>
    <message>
        <source>Export sweep report into</source>
        <translation>Exportar el informe del barrido en</translation>
    </message>
    <message>
        <source>Sweep report written to %1</source>
        <translation>Informe del barrido escrito en %1</translation>
    </message>
    <message>
        <source>The sweep could not go to Slurm</source>
        <translation>El barrido no se pudo entregar a Slurm</translation>
    </message>
    <message>
        <source>sbatch was not found on this computer (PATH), so the sweep cannot be submitted to Slurm from here. Run the workbench where Slurm&apos;s commands are (a login node), or choose &quot;Only write the script&quot; and submit the script with sbatch there.</source>
        <translation>No se encontró sbatch en este ordenador (PATH), así que el barrido no se puede enviar a Slurm desde aquí. Ejecute el programa donde estén las órdenes de Slurm (un nodo de acceso), o elija «Solo escribir el script» y envíe el script con sbatch allí.</translation>
    </message>
    <message>
        <source>Submitting the sweep to Slurm…</source>
        <translation>Enviando el barrido a Slurm…</translation>
    </message>
    <message>
        <source>Writing the sweep&apos;s Slurm script…</source>
        <translation>Escribiendo el script de Slurm del barrido…</translation>
    </message>
    <message>
        <source>Slurm wave %1 written to %2: submit it with sbatch.</source>
        <translation>Oleada %1 de Slurm escrita en %2: envíela con sbatch.</translation>
    </message>
    <message>
        <source>Slurm wave %1 submitted as job %2 (%3).</source>
        <translation>Oleada %1 de Slurm enviada como trabajo %2 (%3).</translation>
    </message>
    <message>
        <source>Slurm: %1</source>
        <translation>Slurm: %1</translation>
    </message>
    <message>
        <source>The sweep could not go to Slurm: %1</source>
        <translation>El barrido no se pudo entregar a Slurm: %1</translation>
    </message>
    <message>
        <source>On Slurm: wave %1 (%2 trainings) written to %3, not submitted: submit it with sbatch.</source>
        <translation>En Slurm: oleada %1 (%2 entrenamientos) escrita en %3, sin enviar: envíela con sbatch.</translation>
    </message>
    <message>
        <source>On Slurm: wave %1 (%2 trainings) is job %3 (%4); scancel %3 cancels it.</source>
        <translation>En Slurm: la oleada %1 (%2 entrenamientos) es el trabajo %3 (%4); scancel %3 la cancela.</translation>
    </message>
    <message>
        <source>Collected every %1 s; the next wave is submitted when this one has ended.</source>
        <translation>Se recoge cada %1 s; la oleada siguiente se envía cuando esta haya terminado.</translation>
    </message>
    <message>
        <source>Last look: %1</source>
        <translation>Última consulta: %1</translation>
    </message>
    <message>
        <source>Export leaderboard as &amp;CSV…</source>
        <translation>Exportar &amp;clasificación como CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport sweep report…</source>
        <translation>Exportar &amp;informe del barrido…</translation>
    </message>
    <message>
        <source>One-way analysis of variance per parameter (ε²); interactions not counted. Hover for the method and its limits.</source>
        <translation>Análisis de la varianza de un factor por parámetro (ε²); no cuenta las interacciones. Pase el ratón por encima para ver el método y sus límites.</translation>
    </message>
    <message>
        <source>Open a MovieLens folder first (File ▸ Open dataset, Ctrl+O).</source>
        <translation>Abra antes una carpeta de MovieLens (Archivo ▸ Abrir conjunto de datos, Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>ui::panels::TrainingPage</name>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the current batch and keep the best epoch so far as a &quot;stopped&quot; run (Esc)</source>
        <translation>Detener tras el lote actual y conservar la mejor época hasta ahora como ejecución «detenida» (Esc)</translation>
    </message>
    <message>
        <source>Idle. Load a dataset, check the experiment and press Train.</source>
        <translation>En espera. Cargue un conjunto de datos, revise el experimento y pulse Entrenar.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <source>Epoch:</source>
        <translation>Época:</translation>
    </message>
    <message>
        <source>Epoch results appear here.</source>
        <translation>Aquí aparecen los resultados de cada época.</translation>
    </message>
    <message>
        <source>Start training (Ctrl+R, F5)</source>
        <translation>Empezar a entrenar (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Splitting</source>
        <translation>Dividiendo</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>Evaluando</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>running loss %1 · </source>
        <translation>pérdida acumulada %1 · </translation>
    </message>
    <message>
        <source>Best epoch so far: %1 (validation MSE %2) · early stopping: %3 of %4 epochs without improvement · learning rate %5</source>
        <translation>Mejor época hasta ahora: %1 (MSE de validación %2) · parada temprana: %3 de %4 épocas sin mejora · tasa de aprendizaje %5</translation>
    </message>
    <message>
        <source>  ★ best</source>
        <translation>  ★ mejor</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message numerus="yes">
        <source>not started (at most %n epoch(s))</source>
        <translation>
            <numerusform>sin empezar (como máximo %n época)</numerusform>
            <numerusform>sin empezar (como máximo %n épocas)</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch %1 of at most %2</source>
        <translation>época %1 de %2 como máximo</translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation>lote %1 de %2</translation>
    </message>
    <message>
        <source>epoch ends in %1</source>
        <translation>la época termina en %1</translation>
    </message>
    <message>
        <source>epoch ends in %1 · at most %2 left (early stopping may end sooner)</source>
        <translation>la época termina en %1 · quedan %2 como máximo (la parada temprana puede acabar antes)</translation>
    </message>
    <message>
        <source>%1%2 rows/s · %3 · elapsed %4</source>
        <translation>%1%2 filas/s · %3 · transcurrido %4</translation>
    </message>
    <message>
        <source>epoch %1: train MSE %2, validation MSE %3, learning rate %4, training %5 s, validation %6 s%7</source>
        <translation>época %1: MSE de entrenamiento %2, MSE de validación %3, tasa de aprendizaje %4, entrenamiento %5 s, validación %6 s%7</translation>
    </message>
    <message>
        <source>Trained for %1.</source>
        <translation>Entrenado durante %1.</translation>
    </message>
</context>
<context>
    <name>ui::panels::UsersPage</name>
    <message>
        <source>UserID</source>
        <translation>UserID</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Train a model or open a run, then pick a user.</source>
        <translation>Entrene un modelo o abra una ejecución y elija un usuario.</translation>
    </message>
    <message>
        <source>Best-predicted movies the user has not rated</source>
        <translation>Películas mejor predichas que el usuario no ha valorado</translation>
    </message>
    <message>
        <source>The user&apos;s test items, ranked by prediction</source>
        <translation>Elementos de test del usuario, ordenados por predicción</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>This run&apos;s per-user tables need its model and dataset (%1), which are not available.</source>
        <translation>Las tablas por usuario de esta ejecución necesitan su modelo y su conjunto de datos (%1), que no están disponibles.</translation>
    </message>
    <message>
        <source>User %1: %2, age %3, %4 · %5 ratings after the filters</source>
        <translation>Usuario %1: %2, edad %3, %4 · %5 valoraciones tras los filtros</translation>
    </message>
    <message>
        <source>This user: %1 test items, %2 relevant · Precision@%3 %4 · NDCG@%3 %5 (notebook-compatible) · NDCG@%3 %6 (correct)</source>
        <translation>Este usuario: %1 elementos de test, %2 relevantes · Precision@%3 %4 · NDCG@%3 %5 (compatible con el notebook) · NDCG@%3 %6 (correcto)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>No run on display: train a model, or open a run on the Runs page.</source>
        <translation>No hay ninguna ejecución a la vista: entrene un modelo o abra una ejecución en la página Ejecuciones.</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;%1&lt;/b&gt; · model %2</source>
        <translation>Ejecución &lt;b&gt;%1&lt;/b&gt; · modelo %2</translation>
    </message>
    <message>
        <source>replaced run %1 on this page: the tables below are this run&apos;s</source>
        <translation>sustituye a la ejecución %1 en esta página: las tablas de abajo son de esta ejecución</translation>
    </message>
    <message>
        <source>User %1 is not in this run&apos;s data (after the filters): no tables to show. Pick another user.</source>
        <translation>El usuario %1 no está en los datos de esta ejecución (tras los filtros): no hay tablas que mostrar. Elija otro usuario.</translation>
    </message>
    <message>
        <source>Pick a user.</source>
        <translation>Elija un usuario.</translation>
    </message>
</context>
<context>
    <name>ui::widgets::ConfigForm</name>
    <message>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
</context>
<context>
    <name>ui::widgets::SlurmDialog</name>
    <message>
        <source>Run the sweep on Slurm</source>
        <translation>Ejecutar el barrido en Slurm</translation>
    </message>
    <message>
        <source>Each training runs as one task of a Slurm job array, wave by wave (TPE: the start-up trials first, then waves suggested from the finished ones). The sweep folder must be on a filesystem the nodes share. This page collects the results every few seconds and submits the next wave. Early termination does not apply on Slurm.</source>
        <translation>Cada entrenamiento se ejecuta como una tarea de un job array de Slurm, oleada a oleada (TPE: primero las pruebas iniciales, luego oleadas sugeridas a partir de las terminadas). La carpeta del barrido debe estar en un sistema de archivos que compartan los nodos. Esta página recoge los resultados cada pocos segundos y envía la oleada siguiente. La terminación anticipada no se aplica en Slurm.</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>la del clúster por defecto</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <source>Time limit of one training, as sbatch reads it: minutes, hours:minutes:seconds or days-hours:minutes</source>
        <translation>Límite de tiempo de un entrenamiento, como lo lee sbatch: minutos, horas:minutos:segundos o días-horas:minutos</translation>
    </message>
    <message>
        <source>&amp;Time limit per training:</source>
        <translation>&amp;Tiempo límite por entrenamiento:</translation>
    </message>
    <message>
        <source>CPUs of one training; also its number of threads</source>
        <translation>CPU de un entrenamiento; también su número de hilos</translation>
    </message>
    <message>
        <source>&amp;CPUs per training:</source>
        <translation>&amp;CPU por entrenamiento:</translation>
    </message>
    <message>
        <source>Memory of one training, e.g. 4G; empty: the cluster&apos;s default</source>
        <translation>Memoria de un entrenamiento, p. ej. 4G; vacío: la del clúster por defecto</translation>
    </message>
    <message>
        <source>&amp;Memory per training:</source>
        <translation>&amp;Memoria por entrenamiento:</translation>
    </message>
    <message>
        <source>ratings-workbench-cli as the cluster&apos;s nodes see it</source>
        <translation>ratings-workbench-cli tal como lo ven los nodos del clúster</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Por &amp;defecto</translation>
    </message>
    <message>
        <source>The command-line program installed next to this one: %1</source>
        <translation>El programa de línea de órdenes instalado junto a este: %1</translation>
    </message>
    <message>
        <source>Command-line &amp;program:</source>
        <translation>&amp;Programa de línea de órdenes:</translation>
    </message>
    <message>
        <source>Only &amp;write the script (submit it yourself with sbatch)</source>
        <translation>Solo &amp;escribir el script (envíelo usted con sbatch)</translation>
    </message>
    <message>
        <source>&amp;Start on Slurm</source>
        <translation>&amp;Iniciar en Slurm</translation>
    </message>
    <message>
        <source>ratings-workbench-cli</source>
        <translation>ratings-workbench-cli</translation>
    </message>
    <message>
        <source>&amp;Write the script</source>
        <translation>&amp;Escribir el script</translation>
    </message>
    <message>
        <source>The time limit must be minutes, hours:minutes:seconds or days-hours:minutes (got &quot;%1&quot;).</source>
        <translation>El tiempo límite debe ser minutos, horas:minutos:segundos o días-horas:minutos (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The memory must be a number with an optional K, M, G or T, e.g. 4G (got &quot;%1&quot;).</source>
        <translation>La memoria debe ser un número con K, M, G o T opcional, p. ej. 4G (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Give the path of ratings-workbench-cli as the nodes see it.</source>
        <translation>Indique la ruta de ratings-workbench-cli tal como la ven los nodos.</translation>
    </message>
</context>
<context>
    <name>ui::widgets::SweepEditor</name>
    <message>
        <source>Base configuration</source>
        <translation>Configuración base</translation>
    </message>
    <message>
        <source>The &amp;Experiment page&apos;s configuration</source>
        <translation>La configuración de la página &amp;Experimento</translation>
    </message>
    <message>
        <source>A configuration &amp;file:</source>
        <translation>Un &amp;archivo de configuración:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(ninguno elegido)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Every trial starts from the configuration on the Experiment page, as it is when the sweep starts; the swept parameters replace their values.</source>
        <translation>Cada prueba parte de la configuración de la página Experimento tal como está al iniciar el barrido; los parámetros barridos sustituyen sus valores.</translation>
    </message>
    <message>
        <source>Swept parameters</source>
        <translation>Parámetros barridos</translation>
    </message>
    <message>
        <source>Each parameter takes a list of values (separated by &apos;;&apos;) or a range from low to high, spread linearly or on a log scale; grid search needs the number of steps of each range. Integer fields take integers.</source>
        <translation>Cada parámetro toma una lista de valores (separados por &apos;;&apos;) o un intervalo de mínimo a máximo, repartido linealmente o en escala logarítmica; la búsqueda en rejilla necesita el número de pasos de cada intervalo. Los campos enteros toman enteros.</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>&amp;Añadir parámetro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Grid: every combination of the values. Random: independent uniform draws. TPE: Optuna&apos;s Tree-structured Parzen Estimator, which samples more where the objective was good (after the startup trials, which are random).</source>
        <translation>Rejilla: todas las combinaciones de los valores. Aleatoria: sorteos uniformes independientes. TPE: el Tree-structured Parzen Estimator de Optuna, que muestrea más donde el objetivo fue bueno (tras las pruebas iniciales, que son aleatorias).</translation>
    </message>
    <message>
        <source>TPE: the first trials are random draws.</source>
        <translation>TPE: las primeras pruebas son sorteos aleatorios.</translation>
    </message>
    <message>
        <source>Seed of the samplers: the same seed suggests the same trials.</source>
        <translation>Semilla de los muestreadores: la misma semilla sugiere las mismas pruebas.</translation>
    </message>
    <message>
        <source>Trainings per trial, with training.seed = base seed + repeat; the objective is their mean (± their standard deviation).</source>
        <translation>Entrenamientos por prueba, con training.seed = semilla base + repetición; el objetivo es su media (± su desviación típica).</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Estrategia:</translation>
    </message>
    <message>
        <source>&amp;Trials:</source>
        <translation>&amp;Pruebas:</translation>
    </message>
    <message>
        <source>Start&amp;up trials:</source>
        <translation>Pruebas &amp;iniciales:</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>Semi&amp;lla:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repeticiones:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>What a trial is judged by. Validation RMSE is the best epoch&apos;s; the test metrics are those of the best epoch&apos;s model on the test set.</source>
        <translation>Por lo que se juzga una prueba. El RMSE de validación es el de la mejor época; las métricas de test son las del modelo de la mejor época en el conjunto de test.</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>Dire&amp;ction:</source>
        <translation>Sen&amp;tido:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No new trial starts after this many seconds of sweeping (trials in progress finish).</source>
        <translation>Ninguna prueba nueva empieza tras estos segundos de barrido (las que están en curso terminan).</translation>
    </message>
    <message>
        <source>Max. tri&amp;als:</source>
        <translation>Máx. prue&amp;bas:</translation>
    </message>
    <message>
        <source>Max. &amp;wall time:</source>
        <translation>Máx. tiempo &amp;real:</translation>
    </message>
    <message>
        <source>Early termination</source>
        <translation>Terminación anticipada</translation>
    </message>
    <message>
        <source>Stops unpromising trials on their per-epoch validation RMSE. Median: a trial worse than the median of the finished trials at the same epoch stops. ASHA: at rungs of min. epochs × factor^k, only the best 1/factor go on.</source>
        <translation>Detiene las pruebas poco prometedoras según su RMSE de validación por época. Mediana: se detiene una prueba peor que la mediana de las pruebas terminadas en la misma época. ASHA: en los escalones de mín. épocas × factor^k, solo sigue el mejor 1/factor.</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <source>Warm-up epochs:</source>
        <translation>Épocas de calentamiento:</translation>
    </message>
    <message>
        <source>Min. finished trials:</source>
        <translation>Mín. pruebas terminadas:</translation>
    </message>
    <message>
        <source>Min. epochs (first rung):</source>
        <translation>Mín. épocas (primer escalón):</translation>
    </message>
    <message>
        <source>Reduction factor η:</source>
        <translation>Factor de reducción η:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>values separated by &apos;;&apos;</source>
        <translation>valores separados por &apos;;&apos;</translation>
    </message>
    <message>
        <source>low</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>steps:</source>
        <translation>pasos:</translation>
    </message>
    <message>
        <source>Grid search: the number of values spread over the range.</source>
        <translation>Búsqueda en rejilla: el número de valores repartidos por el intervalo.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>A grid runs every combination once (cap it with the budget&apos;s max. trials).</source>
        <translation>Una rejilla ejecuta cada combinación una vez (limítela con el máx. de pruebas del presupuesto).</translation>
    </message>
    <message>
        <source>`base`: choose a configuration file</source>
        <translation>`base`: elija un archivo de configuración</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Archivos YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>`base`: %1</source>
        <translation>`base`: %1</translation>
    </message>
    <message>
        <source>%1 appears twice: sweep each field once</source>
        <translation>%1 aparece dos veces: barra cada campo una sola vez</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>en %1: %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 must be an integer (%2 is an integer field) (got &quot;%3&quot;)</source>
        <translation>%1 debe ser un entero (%2 es un campo entero) (se recibió «%3»)</translation>
    </message>
    <message>
        <source>%1 must be a number (got &quot;%2&quot;)</source>
        <translation>%1 debe ser un número (se recibió «%2»)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned trials: %1&lt;/b&gt; (%2 trainings)</source>
        <translation>&lt;b&gt;Pruebas previstas: %1&lt;/b&gt; (%2 entrenamientos)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planned trials: –&lt;/b&gt; (the specification has errors)</source>
        <translation>&lt;b&gt;Pruebas previstas: –&lt;/b&gt; (la especificación tiene errores)</translation>
    </message>
    <message>
        <source>The base of the specification &amp;%1</source>
        <translation>La base de la especificación &amp;%1</translation>
    </message>
    <message>
        <source>Could not load %1:</source>
        <translation>No se pudo cargar %1:</translation>
    </message>
    <message>
        <source>The specification has errors: %1</source>
        <translation>La especificación tiene errores: %1</translation>
    </message>
    <message>
        <source>Load sweep specification</source>
        <translation>Cargar especificación de barrido</translation>
    </message>
    <message>
        <source>Could not load the specification</source>
        <translation>No se pudo cargar la especificación</translation>
    </message>
    <message>
        <source>Save sweep specification</source>
        <translation>Guardar especificación de barrido</translation>
    </message>
    <message>
        <source>Could not save the specification</source>
        <translation>No se pudo guardar la especificación</translation>
    </message>
</context>
<context>
    <name>ui::windows::MainWindow</name>
    <message>
        <source>Ratings Workbench</source>
        <translation>Ratings Workbench</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Experiment</source>
        <translation>&amp;Experimento</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>En&amp;trenamiento</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>Re&amp;sultados</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>Ejecucio&amp;nes</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>CPU (no CUDA device)</source>
        <translation>CPU (sin dispositivo CUDA)</translation>
    </message>
    <message>
        <source>Could not open the run</source>
        <translation>No se pudo abrir la ejecución</translation>
    </message>
    <message>
        <source>Opened run %1</source>
        <translation>Ejecución %1 abierta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;Abrir conjunto de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Load configuration…</source>
        <translation>&amp;Cargar configuración…</translation>
    </message>
    <message>
        <source>&amp;Save configuration…</source>
        <translation>&amp;Guardar configuración…</translation>
    </message>
    <message>
        <source>Export &amp;charts of this page…</source>
        <translation>Exportar &amp;gráficos de esta página…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <source>&amp;Workspace folder…</source>
        <translation>Carpeta del &amp;espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Ratings Workbench</source>
        <translation>&amp;Acerca de Ratings Workbench</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Still loading %1…</source>
        <translation>Todavía cargando %1…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>No se pudo cargar %1</translation>
    </message>
    <message>
        <source>Loaded %1: %2 ratings, %3 warnings</source>
        <translation>Cargado %1: %2 valoraciones, %3 avisos</translation>
    </message>
    <message>
        <source>Workspace folder for runs</source>
        <translation>Carpeta del espacio de trabajo para las ejecuciones</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Sin conjunto de datos</translation>
    </message>
    <message>
        <source>Fix the configuration first: %1</source>
        <translation>Corrija primero la configuración: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>Run %1 saved: %2</source>
        <translation>Ejecución %1 guardada: %2</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>Abra primero un conjunto de datos.</translation>
    </message>
    <message>
        <source>The configuration has errors: %1</source>
        <translation>La configuración tiene errores: %1</translation>
    </message>
    <message>
        <source>Export charts into</source>
        <translation>Exportar gráficos a</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Wrote %1 charts to %2</source>
        <translation>Se escribieron %1 gráficos en %2</translation>
    </message>
    <message>
        <source>no run on display</source>
        <translation>no hay ninguna ejecución a la vista</translation>
    </message>
    <message>
        <source>Export report into</source>
        <translation>Exportar informe a</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>CPU only (no CUDA device)</source>
        <translation>Solo CPU (sin dispositivo CUDA)</translation>
    </message>
    <message>
        <source>About Ratings Workbench</source>
        <translation>Acerca de Ratings Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ratings Workbench %1&lt;/h3&gt;&lt;p&gt;Rating-prediction experiments on MovieLens: the seed notebook&apos;s NeuMFEnhanced, reproduced and made fast.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Device&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;BLAS&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Build&lt;/td&gt;&lt;td&gt;%6, %7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Ratings Workbench %1&lt;/h3&gt;&lt;p&gt;Experimentos de predicción de valoraciones con MovieLens: el NeuMFEnhanced del notebook original, reproducido y acelerado.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dispositivo&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;BLAS&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Compilación&lt;/td&gt;&lt;td&gt;%6, %7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Unsaved configuration</source>
        <translation>Configuración sin guardar</translation>
    </message>
    <message>
        <source>The experiment configuration has unsaved changes. Save them?</source>
        <translation>La configuración del experimento tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>Could not compare the runs</source>
        <translation>No se pudieron comparar las ejecuciones</translation>
    </message>
    <message>
        <source>At least two readable runs are needed.</source>
        <translation>Se necesitan al menos dos ejecuciones legibles.</translation>
    </message>
    <message>
        <source>Comparing %1 runs</source>
        <translation>Comparando %1 ejecuciones</translation>
    </message>
    <message>
        <source>Comparing %1 runs; %2 could not be read</source>
        <translation>Comparando %1 ejecuciones; %2 no se pudieron leer</translation>
    </message>
    <message>
        <source>Still reading the runs of the last comparison…</source>
        <translation>Todavía leyendo las ejecuciones de la última comparación…</translation>
    </message>
    <message>
        <source>Reading %1 runs to compare…</source>
        <translation>Leyendo %1 ejecuciones para comparar…</translation>
    </message>
    <message>
        <source>S&amp;weeps</source>
        <translation>&amp;Barridos</translation>
    </message>
    <message>
        <source>A sweep is running</source>
        <translation>Hay un barrido en curso</translation>
    </message>
    <message>
        <source>Train when the sweep has ended, or stop it first (Sweeps page).</source>
        <translation>Entrene cuando el barrido haya terminado, o deténgalo antes (página Barridos).</translation>
    </message>
    <message>
        <source>A sweep is running (Sweeps page).</source>
        <translation>Hay un barrido en curso (página Barridos).</translation>
    </message>
    <message>
        <source>Stop the sweep and quit? The trainings in progress are trained again when you resume the sweep.</source>
        <translation>¿Detener el barrido y salir? Los entrenamientos en curso se repiten al reanudar el barrido.</translation>
    </message>
    <message>
        <source>Could not delete the run</source>
        <translation>No se pudo eliminar la ejecución</translation>
    </message>
    <message>
        <source> · test RMSE %1 stars (%2 normalised) · see Results</source>
        <translation> · RMSE de test %1 estrellas (%2 normalizado) · vea Resultados</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>Training was stopped so that you can quit. Keep the run (its best epoch so far, saved as &quot;stopped&quot;) in the workspace?</source>
        <translation>El entrenamiento se ha detenido para que pueda salir. ¿Conservar la ejecución (su mejor época hasta ahora, guardada como «detenida») en el espacio de trabajo?</translation>
    </message>
    <message>
        <source>Keep the run and quit</source>
        <translation>Conservar la ejecución y salir</translation>
    </message>
    <message>
        <source>Delete the run and quit</source>
        <translation>Eliminar la ejecución y salir</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>No salir</translation>
    </message>
    <message>
        <source>Open a MovieLens folder (ml-100k, ml-1m, ml-10m, ml-20m, ml-25m, ml-32m, ml-latest)</source>
        <translation>Abrir una carpeta de MovieLens (ml-100k, ml-1m, ml-10m, ml-20m, ml-25m, ml-32m, ml-latest)</translation>
    </message>
    <message>
        <source>Open a MovieLens folder first (File ▸ Open dataset, Ctrl+O).</source>
        <translation>Abra antes una carpeta de MovieLens (Archivo ▸ Abrir conjunto de datos, Ctrl+O).</translation>
    </message>
    <message>
        <source>Open the &amp;bundled sample</source>
        <translation>Abrir la &amp;muestra incluida</translation>
    </message>
    <message>
        <source>A small synthetic dataset in ml-1m&apos;s format: %1</source>
        <translation>Un pequeño conjunto de datos sintético con el formato de ml-1m: %1</translation>
    </message>
    <message>
        <source>The sample dataset is not installed</source>
        <translation>La muestra de datos no está instalada</translation>
    </message>
</context>
<context>
    <name>ui::workers::SweepWorker</name>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>The sweep&apos;s dataset %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el conjunto de datos del barrido %1: %2</translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Barriendo…</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>ui::workers::TrainingWorker</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
</TS>
