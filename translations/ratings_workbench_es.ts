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
        <source>neumf: the notebook&apos;s NeuMFEnhanced. Baselines: biased_mf (user and movie factors&apos; dot product plus biases, trained like neumf), biases (training mean plus regularised user and movie biases, closed form), global_mean (the training mean).</source>
        <translation>neumf: el NeuMFEnhanced del notebook. Modelos de referencia: biased_mf (producto escalar de factores de usuario y de película más sesgos, entrenado como neumf), biases (media de entrenamiento más sesgos regularizados de usuario y de película, forma cerrada), global_mean (la media de entrenamiento).</translation>
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
        <source>invalid image size</source>
        <translation>tamaño de imagen no válido</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>this widget is not a chart</source>
        <translation>este elemento no es un gráfico</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
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
    <name>TrainingPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>1× (96 dpi)</source>
        <translation>1× (96 ppp)</translation>
    </message>
    <message>
        <source>2× (192 dpi)</source>
        <translation>2× (192 ppp)</translation>
    </message>
    <message>
        <source>3× (288 dpi)</source>
        <translation>3× (288 ppp)</translation>
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
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
</context>
<context>
    <name>ui::charts::LossChart</name>
    <message>
        <source>Loss (MSE, normalised ratings)</source>
        <translation>Pérdida (MSE, valoraciones normalizadas)</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>batch loss (running mean)</source>
        <translation>pérdida por lote (media acumulada)</translation>
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
        <source>Open ml-1m folder…</source>
        <translation>Abrir carpeta ml-1m…</translation>
    </message>
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
        <source>Open an ml-1m folder to begin.</source>
        <translation>Abra una carpeta ml-1m para empezar.</translation>
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
        <source>Skipped or fixed (first examples below): %1</source>
        <translation>Omitidas o corregidas (primeros ejemplos abajo): %1</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=right&gt;in the files&lt;/th&gt;&lt;th align=right&gt;rated&lt;/th&gt;&lt;th align=right&gt;after filters (≥ %1 per user, then ≥ %2 per movie)&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;users&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;movies&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;ratings&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=right&gt;%9&lt;/td&gt;&lt;td align=right&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=right&gt;en los archivos&lt;/th&gt;&lt;th align=right&gt;valorados&lt;/th&gt;&lt;th align=right&gt;tras los filtros (≥ %1 por usuario, luego ≥ %2 por película)&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;usuarios&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;películas&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;valoraciones&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td align=right&gt;%9&lt;/td&gt;&lt;td align=right&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
        <source>LibTorch %1, %2. Training will run on %3 with the %4 step, %5 thread(s).</source>
        <translation>LibTorch %1, %2. Se entrenará en %3 con el paso %4, %5 hilo(s).</translation>
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
</context>
<context>
    <name>ui::panels::ResultsPage</name>
    <message>
        <source>No results yet: train a model or open a saved run.</source>
        <translation>Aún no hay resultados: entrene un modelo o abra una ejecución guardada.</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Root mean squared error on the test set. Large: normalised ratings (stars / 5), as the notebook prints it; below: in stars.</source>
        <translation>Raíz del error cuadrático medio en test. Grande: valoraciones normalizadas (estrellas / 5), como lo imprime el notebook; debajo: en estrellas.</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Mean absolute error on the test set, normalised (stars / 5) and in stars.</source>
        <translation>Error absoluto medio en test, normalizado (estrellas / 5) y en estrellas.</translation>
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
        <source>Precision@k</source>
        <translation>Precision@k</translation>
    </message>
    <message>
        <source>Per user: relevant items (≥ threshold) among the k best-predicted test items, divided by k (as the notebook), averaged over users.</source>
        <translation>Por usuario: elementos relevantes (≥ umbral) entre los k elementos de test mejor predichos, dividido entre k (como el notebook), promediado sobre los usuarios.</translation>
    </message>
    <message>
        <source>NDCG@k (notebook-compatible)</source>
        <translation>NDCG@k (compatible con el notebook)</translation>
    </message>
    <message>
        <source>The notebook&apos;s NDCG: its ideal ranking sorts only the top-k slice, so relevant items ranked below k are ignored. Comparable with the notebook&apos;s 0.9338.</source>
        <translation>El NDCG del notebook: su ranking ideal ordena solo los k primeros, así que ignora los elementos relevantes por debajo de k. Comparable con el 0,9338 del notebook.</translation>
    </message>
    <message>
        <source>NDCG@k (correct)</source>
        <translation>NDCG@k (correcto)</translation>
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
        <source>Drag to pan, wheel to zoom, double-click to reset; right-click to export.</source>
        <translation>Arrastre para desplazar, rueda para ampliar, doble clic para restablecer; clic derecho para exportar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3%4&lt;br&gt;Data: %5 · split %6 / %7 / %8 (train / validation / test) · best epoch %9 of %10 · %11 s on %12 (%13 step)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 — %3%4&lt;br&gt;Datos: %5 · división %6 / %7 / %8 (entrenamiento / validación / test) · mejor época %9 de %10 · %11 s en %12 (paso %13)</translation>
    </message>
    <message>
        <source>no test metrics (failed run)</source>
        <translation>sin métricas de test (ejecución fallida)</translation>
    </message>
    <message>
        <source>%1 stars</source>
        <translation>%1 estrellas</translation>
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
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Seleccione primero una ejecución.</translation>
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
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare the selected runs side by side (Ctrl+D). Select two or more runs with Ctrl+click or Shift+click.</source>
        <translation>Compara lado a lado las ejecuciones seleccionadas (Ctrl+D). Seleccione dos o más ejecuciones con Ctrl+clic o Mayús+clic.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
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
        <source>epoch %v of %m</source>
        <translation>época %v de %m</translation>
    </message>
    <message>
        <source>batch %v of %m</source>
        <translation>lote %v de %m</translation>
    </message>
    <message>
        <source>The longest time the window went without handling events during this run (it stays responsive below ~50 ms).</source>
        <translation>El tiempo más largo que la ventana pasó sin atender eventos durante esta ejecución (responde con fluidez por debajo de ~50 ms).</translation>
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
        <source>%1%2 rows/s · epoch ETA %3 · at most %4 left (early stopping may end sooner) · elapsed %5</source>
        <translation>%1%2 filas/s · época: faltan %3 · como mucho faltan %4 (la parada temprana puede terminar antes) · transcurrido %5</translation>
    </message>
    <message>
        <source>Best epoch so far: %1 (validation MSE %2) · early stopping: %3 of %4 epochs without improvement · learning rate %5</source>
        <translation>Mejor época hasta ahora: %1 (MSE de validación %2) · parada temprana: %3 de %4 épocas sin mejora · tasa de aprendizaje %5</translation>
    </message>
    <message>
        <source>epoch %1: train %2, validation %3, lr %4, %5 s + %6 s%7</source>
        <translation>época %1: entrenamiento %2, validación %3, tasa %4, %5 s + %6 s%7</translation>
    </message>
    <message>
        <source>  ★ best</source>
        <translation>  ★ mejor</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Longest pause of the window&apos;s event loop during this run: %1 ms</source>
        <translation>Pausa más larga del bucle de eventos de la ventana durante esta ejecución: %1 ms</translation>
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
        <source>User %1 is not in this run&apos;s data (after the filters).</source>
        <translation>El usuario %1 no está en los datos de esta ejecución (tras los filtros).</translation>
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
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
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
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
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
        <source>Open an ml-1m folder</source>
        <translation>Abrir una carpeta ml-1m</translation>
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
        <source>Open an ml-1m folder first (File ▸ Open dataset, Ctrl+O).</source>
        <translation>Abra primero una carpeta ml-1m (Archivo ▸ Abrir conjunto de datos, Ctrl+O).</translation>
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
        <source> · test RMSE %1 (%2 stars) · see Results</source>
        <translation> · RMSE de test %1 (%2 estrellas) · vea Resultados</translation>
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
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language changes the next time Ratings Workbench starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie Ratings Workbench.</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>El entrenamiento está en marcha</translation>
    </message>
    <message>
        <source>Stop training and quit? The best epoch so far is saved as a &quot;stopped&quot; run.</source>
        <translation>¿Detener el entrenamiento y salir? La mejor época hasta ahora se guarda como ejecución «detenida».</translation>
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
</context>
<context>
    <name>ui::workers::TrainingWorker</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
</TS>
