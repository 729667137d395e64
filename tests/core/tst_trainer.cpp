#include "data/movielens_reader.h"
#include "data/per_user_split.h"
#include "data/prepared_dataset.h"
#include "metrics/test_evaluation.h"
#include "model/torch_runtime.h"
#include "model/trained_model.h"
#include "test_support.h"
#include "training/plateau_scheduler.h"
#include "training/trainer.h"
#include "training/training_messages.h"

using namespace core;

namespace {

// Records progress; optionally requests a stop after N batches.
class RecordingSink : public training::ProgressSink {
public:
    std::stop_source* stopAfter = nullptr;
    int stopAfterBatches = -1;
    int batches = 0;
    std::vector<training::EpochResult> epochs;
    std::vector<training::Stage> stages;
    std::vector<double> batchLosses;  ///< every batch's loss, in order
    void batchProgress(const training::BatchProgress& p) override {
        batchLosses.push_back(p.batchLoss);
        if (++batches == stopAfterBatches && stopAfter)
            stopAfter->request_stop();
    }
    void epochFinished(const training::EpochResult& r) override { epochs.push_back(r); }
    void stageChanged(training::Stage s, const util::Text&) override { stages.push_back(s); }
};

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT

    data::PreparedDataset m_data;
    data::PerUserSplit m_split;

    config::ExperimentConfig quickConfig(int epochs) const {
        config::ExperimentConfig c;
        c.training.maxEpochs = epochs;
        c.runtime.device = "cpu";
        return c;
    }

private slots:
    // Why training ended is stored as English (run.json, the CLI) and read back into the
    // message it was written from, so that a window can translate it; other text stays as is.
    void endingMessagesReadBack() {
        const std::vector<util::Text> messages = {
            training::lossDivergedMessage("nan", 3),
            training::lossDivergedMessage("inf", 3, 17),
            training::stoppedWhileValidatingMessage(4),
            training::stoppedDuringEpochMessage(1),
            training::earlyStoppingMessage(5),
            training::beforeFirstEpochMessage(training::stoppedDuringEpochMessage(1)),
            training::splitTooSmallMessage(1, 0),
            training::libtorchErrorMessage("out of memory"),
            training::interruptedMessage(4242, "", 0, 0),
            training::interruptedMessage(4242, "node7", 0, 0),
            training::interruptedMessage(4242, "", 3, 2),
            training::interruptedMessage(4242, "node7", 1, 1),
        };
        QCOMPARE(messages[4].english(),
                 std::string("early stopping: no better validation loss for 5 epochs"));
        for (const auto& m : messages) {
            const auto back = training::trainingMessage(m.english());
            QCOMPARE(back.pattern, m.pattern);
            QCOMPARE(back.english(), m.english());
        }
        const auto other = training::trainingMessage("something else {1}");
        QCOMPARE(other.pattern, std::string("{1}"));
        QCOMPARE(other.english(), std::string("something else {1}"));
    }

    void initTestCase() {
        auto load = data::loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.ok());
        m_data = data::prepareDataset(load.data, config::DataConfig{});
        m_split = data::splitPerUser(m_data, config::SplitConfig{});
    }

    // PyTorch's ReduceLROnPlateau(factor 0.5, patience 2): the rate halves on the third
    // epoch in a row that is not better than best·(1 − 1e-4), and the count restarts.
    void plateauSchedulerMatchesPyTorch() {
        training::PlateauScheduler s(1e-3, 0.5, 2, 1e-4, 0.0);
        const double losses[] = {1.0, 0.9, 0.95, 0.92, 0.90, 0.89995, 0.7, 0.8, 0.8, 0.8};
        const double expected[] = {1e-3, 1e-3, 1e-3, 1e-3, 5e-4, 5e-4, 5e-4, 5e-4, 5e-4, 2.5e-4};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(s.step(losses[i]), expected[i]);
        training::PlateauScheduler floor(1e-3, 0.1, 0, 1e-4, 5e-4);
        QCOMPARE(floor.step(1.0), 1e-3);
        QCOMPARE(floor.step(1.0), 5e-4);  // min_lr
        QCOMPARE(floor.step(1.0), 5e-4);
    }

    // On structured synthetic data a short training beats the global-mean predictor clearly.
    void beatsTheGlobalMean() {
        RecordingSink sink;
        // The sample is small (≈ 80 steps an epoch at batch 512): smaller batches and a
        // higher rate give the model enough steps in a few seconds.
        auto c = quickConfig(6);
        c.training.batchSize = 128;
        c.training.learningRate = 3e-3;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QVERIFY2(outcome.model, outcome.message.c_str());
        QCOMPARE(outcome.history.size(), std::size_t(6));
        QCOMPARE(sink.epochs.size(), std::size_t(6));
        const auto p = metrics::predictRows(*outcome.model, m_data, m_split.test, 4096);
        const auto m = metrics::regressionMetrics(p.truth, p.predicted);
        double mean = 0;
        for (const auto r : m_split.train)
            mean += m_data.ratingNorm[std::size_t(r)];
        mean /= double(m_split.train.size());
        const std::vector<float> constant(p.truth.size(), float(mean));
        const auto baseline = metrics::regressionMetrics(p.truth, constant);
        QVERIFY2(m.rmse < 0.85 * baseline.rmse,
                 qPrintable(QString("model %1 vs global mean %2").arg(m.rmse).arg(baseline.rmse)));
        // Training loss falls; the best epoch is the one with the lowest validation loss.
        QVERIFY(outcome.history.back().trainLoss < outcome.history.front().trainLoss);
        double best = 1e9;
        int bestEpoch = 0;
        for (const auto& e : outcome.history)
            if (e.validationLoss < best) {
                best = e.validationLoss;
                bestEpoch = e.epoch;
            }
        QCOMPARE(outcome.bestEpoch, bestEpoch);
        QCOMPARE(outcome.bestValidationLoss, best);
    }

    // The baselines on the same split: the biases beat the global mean, and biased matrix
    // factorisation beats the biases (the sample has latent taste factors by construction).
    void baselinesRankAsExpected() {
        const auto testRmse = [&](const std::string& kind, training::TrainingStatus* status) {
            auto c = quickConfig(6);
            c.model.kind = kind;
            c.model.factors = 32;
            c.training.learningRate = 3e-3;
            c.training.weightDecay = 1e-4;
            c.training.batchSize = 256;
            RecordingSink sink;
            const auto outcome = training::trainModel(c, m_data, m_split, sink);
            *status = outcome.status;
            if (!outcome.model)
                return -1.0;
            const auto p = metrics::predictRows(*outcome.model, m_data, m_split.test, 4096);
            return metrics::regressionMetrics(p.truth, p.predicted).rmse;
        };
        training::TrainingStatus status{};
        const double mean = testRmse("global_mean", &status);
        QCOMPARE(status, training::TrainingStatus::Completed);
        const double biases = testRmse("biases", &status);
        QCOMPARE(status, training::TrainingStatus::Completed);
        const double mf = testRmse("biased_mf", &status);
        QCOMPARE(status, training::TrainingStatus::Completed);
        qInfo("test RMSE (stars): global mean %.4f, biases %.4f, biased MF %.4f", 5 * mean,
              5 * biases, 5 * mf);
        QVERIFY(biases < 0.8 * mean);
        QVERIFY(mf < 0.97 * biases);
        // The global mean predicts the training mean for every pair.
        double sum = 0;
        for (const auto r : m_split.train)
            sum += m_data.ratingNorm[std::size_t(r)];
        auto c = quickConfig(1);
        c.model.kind = "global_mean";
        RecordingSink sink;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        const auto p = outcome.model->predict(std::vector<std::int32_t>{0, 5},
                                              std::vector<std::int32_t>{3, 7});
        QVERIFY(std::abs(p[0] - sum / double(m_split.train.size())) < 1e-6);
        QCOMPARE(p[0], p[1]);
        QCOMPARE(sink.epochs.size(), std::size_t(1));
    }

    // I-AutoRec steps through batches of whole movies, learns (it beats the global mean), and
    // its checkpoint carries the training ratings that its predictions need.
    void autorecLearnsFromWholeMovies() {
        auto c = quickConfig(10);
        c.model.kind = "autorec";
        c.model.autorecHidden = 64;
        c.model.autorecBatchMovies = 50;
        c.training.learningRate = 1e-2;
        c.earlyStopping.patience = 10;
        RecordingSink sink;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QCOMPARE(outcome.status, training::TrainingStatus::Completed);
        QVERIFY(QString::fromStdString(outcome.model->shape().describe()).startsWith("I-AutoRec("));
        const auto batches = (m_data.numMovies() + 49) / 50;
        QCOMPARE(sink.batches, 10 * batches);
        QVERIFY(sink.epochs.back().trainLoss < 0.5 * sink.epochs.front().trainLoss);
        const auto p = metrics::predictRows(*outcome.model, m_data, m_split.test, 4096);
        const double rmse = metrics::regressionMetrics(p.truth, p.predicted).rmse;
        std::vector<float> mean(p.truth.size(), 0);
        double sum = 0;
        for (const auto r : m_split.train)
            sum += m_data.ratingNorm[std::size_t(r)];
        std::fill(mean.begin(), mean.end(), float(sum / double(m_split.train.size())));
        const double meanRmse = metrics::regressionMetrics(p.truth, mean).rmse;
        qInfo("test RMSE (stars): autorec %.4f, global mean %.4f", 5 * rmse, 5 * meanRmse);
        QVERIFY(rmse < 0.9 * meanRmse);

        QTemporaryDir dir;
        const auto file = test_support::path(dir) / "model.pt";
        QVERIFY(!outcome.model->save(file).has_value());
        std::string error;
        const auto loaded = model::TrainedModel::load(file, &error);
        QVERIFY2(loaded, error.c_str());
        QCOMPARE(loaded->shape().model.autorecHidden, 64);
        const std::vector<std::int32_t> users{0, 7, 7, 999}, movies{3, 0, 500, 988};
        const auto before = outcome.model->predict(users, movies);
        QCOMPARE(loaded->predict(users, movies), before);
        const auto all = loaded->predictAllMovies(7);
        QCOMPARE(all[0], before[1]);
        QCOMPARE(all[500], before[2]);
    }

    // The ensemble: NeuMF's batches drive the epoch (AutoRec's fit in between), validation
    // judges the mean of the members, and the saved model predicts that same mean: the best
    // epoch's validation loss is the restored model's MSE on the validation rows.
    void ensembleTrainsBothMembersAndPredictsTheirMean() {
        auto c = quickConfig(3);
        c.model.kind = "ensemble";
        c.model.autorecHidden = 32;
        c.model.autorecBatchMovies = 128;
        c.training.batchSize = 1024;
        RecordingSink sink;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QCOMPARE(outcome.status, training::TrainingStatus::Completed);
        QVERIFY(QString::fromStdString(outcome.model->shape().describe()).contains("I-AutoRec"));
        const auto rows = std::int64_t(m_split.train.size());
        QCOMPARE(sink.batches, int(3 * ((rows + 1023) / 1024)));
        std::vector<std::int32_t> users, movies;
        std::vector<float> truth;
        for (const auto r : m_split.validation) {
            users.push_back(m_data.userIndex[std::size_t(r)]);
            movies.push_back(m_data.movieIndex[std::size_t(r)]);
            truth.push_back(m_data.ratingNorm[std::size_t(r)]);
        }
        const auto predicted = outcome.model->predict(users, movies);
        double sum = 0;
        for (std::size_t i = 0; i < truth.size(); ++i)
            sum += (double(predicted[i]) - truth[i]) * (double(predicted[i]) - truth[i]);
        const double mse = sum / double(truth.size());
        QVERIFY2(std::abs(mse - outcome.bestValidationLoss) < 1e-6 * mse,
                 qPrintable(QString("%1 vs %2").arg(mse).arg(outcome.bestValidationLoss)));
        QTemporaryDir dir;
        const auto file = test_support::path(dir) / "model.pt";
        QVERIFY(!outcome.model->save(file).has_value());
        std::string error;
        const auto loaded = model::TrainedModel::load(file, &error);
        QVERIFY2(loaded, error.c_str());
        QCOMPARE(loaded->shape().model.kind, std::string("ensemble"));
        QCOMPARE(loaded->predict(users, movies), predicted);
    }

    void fusedStepIsForNeuMFOnly() {
        auto c = quickConfig(1);
        c.model.kind = "biased_mf";
        c.runtime.trainingStep = "fused";
        RecordingSink sink;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QCOMPARE(outcome.status, training::TrainingStatus::Failed);
        QVERIFY(QString::fromStdString(outcome.message)
                    .contains("fused trains model.kind neumf and ensemble only"));
        c.runtime.trainingStep = "auto";
        std::string error;
        QCOMPARE(training::resolveDevice(c, &error)->trainingStep,
                 training::TrainingStep::Autograd);
    }

    // The restored model is the best epoch's, not the last one's. Early stopping with patience 1
    // ends training on the first epoch that is not better, so the last epoch is never the best
    // one; the sink captures the model's predictions at every new best epoch.
    void bestCheckpointIsRestored() {
        struct BestSink : RecordingSink {
            std::vector<std::int32_t> users, movies;
            std::vector<float> atBest;
            void bestModelReached(const training::EpochResult&,
                                  const model::TrainedModel& m) override {
                atBest = m.predict(users, movies);
            }
        } sink;
        for (const auto r : m_split.validation) {
            sink.users.push_back(m_data.userIndex[std::size_t(r)]);
            sink.movies.push_back(m_data.movieIndex[std::size_t(r)]);
        }
        auto c = quickConfig(40);
        c.training.learningRate = 0.02;
        c.earlyStopping.patience = 1;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QVERIFY2(outcome.model, outcome.message.c_str());
        QCOMPARE(outcome.status, training::TrainingStatus::EarlyStopped);
        QVERIFY(outcome.bestEpoch < int(outcome.history.size()));
        QVERIFY(outcome.history.back().validationLoss > outcome.bestValidationLoss);
        const auto restored = outcome.model->predict(sink.users, sink.movies);
        QCOMPARE(restored, sink.atBest);  // the best epoch's weights and BatchNorm statistics
        const auto p = metrics::predictRows(*outcome.model, m_data, m_split.validation, 4096);
        const auto m = metrics::regressionMetrics(p.truth, p.predicted);
        QVERIFY(std::abs(m.rmse * m.rmse - outcome.bestValidationLoss) < 1e-6);
    }

    void sameSeedSameResult() {
        RecordingSink a, b;
        const auto x = training::trainModel(quickConfig(2), m_data, m_split, a);
        const auto y = training::trainModel(quickConfig(2), m_data, m_split, b);
        QCOMPARE(x.history[1].validationLoss, y.history[1].validationLoss);
        auto other = quickConfig(2);
        other.training.seed = 9;
        RecordingSink c;
        QVERIFY(training::trainModel(other, m_data, m_split, c).history[1].validationLoss !=
                x.history[1].validationLoss);
    }

    // Stop is honoured before the next batch and leaves a usable, stopped model.
    void stopsWithinOneBatch() {
        std::stop_source stop;
        RecordingSink sink;
        sink.stopAfter = &stop;
        sink.stopAfterBatches = 3;
        const auto outcome =
            training::trainModel(quickConfig(30), m_data, m_split, sink, stop.get_token());
        QCOMPARE(outcome.status, training::TrainingStatus::Stopped);
        QCOMPARE(sink.batches, 3);
        QVERIFY(outcome.history.empty());
        QVERIFY(outcome.model);
        QVERIFY(QString::fromStdString(outcome.message).contains("stopped by the user"));
    }

    void stopAfterAnEpochKeepsTheBest() {
        std::stop_source stop;
        RecordingSink sink;
        sink.stopAfter = &stop;
        const auto batchesPerEpoch = int((m_split.train.size() + 511) / 512);
        sink.stopAfterBatches = batchesPerEpoch * 2 + 5;
        const auto outcome =
            training::trainModel(quickConfig(30), m_data, m_split, sink, stop.get_token());
        QCOMPARE(outcome.status, training::TrainingStatus::Stopped);
        QCOMPARE(outcome.history.size(), std::size_t(2));
        QVERIFY(outcome.bestEpoch >= 1);
    }

    void nonFiniteLossFails() {
        auto broken = m_data;
        broken.ratingNorm[std::size_t(m_split.train[0])] = std::numeric_limits<float>::quiet_NaN();
        RecordingSink sink;
        const auto outcome = training::trainModel(quickConfig(3), broken, m_split, sink);
        QCOMPARE(outcome.status, training::TrainingStatus::Failed);
        QVERIFY2(
            QString::fromStdString(outcome.message).contains("training loss became nan in epoch 1"),
            outcome.message.c_str());
        QVERIFY(!outcome.model);
    }

    void cudaWithoutCudaIsAClearError() {
        if (model::cudaAvailable())
            QSKIP("this machine has CUDA");
        auto c = quickConfig(1);
        c.runtime.device = "cuda";
        RecordingSink sink;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QCOMPARE(outcome.status, training::TrainingStatus::Failed);
        QVERIFY(QString::fromStdString(outcome.message)
                    .startsWith("`runtime.device` is cuda, but LibTorch sees no CUDA device"));
        std::string error;
        const auto autoDevice = training::resolveDevice(config::ExperimentConfig{}, &error);
        QVERIFY(autoDevice);
        QCOMPARE(autoDevice->device, training::Device::Cpu);
        QCOMPARE(autoDevice->trainingStep, training::TrainingStep::Fused);
    }

    void invalidConfigIsRejected() {
        auto c = quickConfig(1);
        c.training.batchSize = 1;
        RecordingSink sink;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QCOMPARE(outcome.status, training::TrainingStatus::Failed);
        QVERIFY(QString::fromStdString(outcome.message).contains("training.batch_size"));
    }

    // The LibTorch autograd step (the one CUDA uses) learns like the fused step.
    void autogradStepAgreesWithFused() {
        auto c = quickConfig(3);
        RecordingSink a, b;
        const auto fused = training::trainModel(c, m_data, m_split, a);
        c.runtime.trainingStep = "autograd";
        const auto autograd = training::trainModel(c, m_data, m_split, b);
        QCOMPARE(autograd.device.trainingStep, training::TrainingStep::Autograd);
        QVERIFY(autograd.model);
        const double x = fused.history.back().validationLoss,
                     y = autograd.history.back().validationLoss;
        QVERIFY2(std::abs(x - y) < 0.1 * x,
                 qPrintable(QString("fused %1, autograd %2").arg(x).arg(y)));
    }

    // The autograd step repeats the notebook's random streams: initial weights, the first
    // shuffle and the dropout masks. The reference is the loss of the notebook script's first
    // batches on the bundled sample (`bench/notebook_batch_losses.py
    // ../shared/anchors/seed_baseline.py resources/sample/ml-sample 0 8 out.json`: seed 0, one
    // thread). Each batch loss comes from one forward pass after a few Adam steps, before
    // float32 rounding can compound, so it agrees to ~1e-7 relative on every CPU and BLAS
    // kernel (measured under OpenBLAS's Haswell, Zen, SkylakeX and Prescott kernels and the
    // reference BLAS: bench/openblas_coretypes.sh); a different weight, shuffle or dropout
    // stream changes it by percents. Whole epochs are compared with the notebook script run on
    // the same machine by bench/check_training_vs_notebook.sh (bit for bit there).
    void autogradRepeatsTheNotebook() {
        auto c = quickConfig(1);
        c.runtime.trainingStep = "autograd";
        c.runtime.threads = 1;
        c.evaluation.batchSize = 512;
        RecordingSink sink;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QVERIFY2(outcome.model, outcome.message.c_str());
        const double notebook[] = {0.3770710527896881, 0.3138863444328308, 0.2725884020328522,
                                   0.2510707378387451, 0.2667240798473358, 0.21768005192279816,
                                   0.2239461988210678, 0.1777111142873764};
        QVERIFY(sink.batchLosses.size() >= std::size(notebook));
        double worst = 0;
        for (std::size_t b = 0; b < std::size(notebook); ++b) {
            const double ours = sink.batchLosses[b];
            worst = std::max(worst, std::abs(ours - notebook[b]) / notebook[b]);
            QVERIFY2(std::abs(ours - notebook[b]) < 1e-5 * notebook[b],
                     qPrintable(QString("batch %1: notebook %2, ours %3")
                                    .arg(b + 1)
                                    .arg(notebook[b], 0, 'g', 17)
                                    .arg(ours, 0, 'g', 17)));
        }
        qInfo("largest relative difference from the notebook's batch losses: %.3g", worst);
    }

    // A trailing batch of one row (BatchNorm cannot train on it) joins the previous batch.
    void trailingSingleRowBatch() {
        auto c = quickConfig(1);
        c.training.batchSize = int(m_split.train.size()) - 1;
        RecordingSink sink;
        const auto outcome = training::trainModel(c, m_data, m_split, sink);
        QVERIFY2(outcome.model, outcome.message.c_str());
        QCOMPARE(sink.batches, 1);
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
