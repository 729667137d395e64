#include <QTemporaryDir>
#include <QtTest>

#include "config/config_fields.h"
#include "config/config_io.h"
#include "util/resource_paths.h"

using namespace core::config;

class TestExperimentConfig : public QObject {
    Q_OBJECT

private slots:
    // The defaults are the notebook's values.
    void defaultsAreTheNotebooks() {
        const ExperimentConfig c;
        QCOMPARE(c.data.minUserRatings, 5);
        QCOMPARE(c.data.minMovieRatings, 5);
        QCOMPARE(c.split.holdoutFraction, 0.30);
        QCOMPARE(c.split.testFractionOfHoldout, 0.50);
        QCOMPARE(c.split.seed, std::int64_t(42));
        QCOMPARE(c.model.userEmbeddingDim, 32);
        QCOMPARE(c.model.movieEmbeddingDim, 32);
        QCOMPARE(c.model.movieFeatureDim, 16);
        QCOMPARE(c.model.mlpLayers, (std::vector<int>{128, 64}));
        QCOMPARE(c.model.dropout, 0.3);
        QCOMPARE(c.training.batchSize, 512);
        QCOMPARE(c.training.maxEpochs, 30);
        QCOMPARE(c.training.learningRate, 1e-3);
        QCOMPARE(c.training.weightDecay, 1e-5);
        QCOMPARE(c.scheduler.factor, 0.5);
        QCOMPARE(c.scheduler.patience, 2);
        QCOMPARE(c.earlyStopping.patience, 5);
        QCOMPARE(c.evaluation.k, 10);
        QCOMPARE(c.evaluation.relevanceThreshold, 0.8);
        QVERIFY(validate(c).empty());
    }

    void everyFieldIsDescribedAndRoundTrips() {
        ExperimentConfig c;
        for (const auto& f : configFields()) {
            QVERIFY2(!f.description.empty(), f.key.c_str());
            QVERIFY2(f.key.find('.') != std::string::npos, f.key.c_str());
            // Reading a value and writing it back leaves the config unchanged.
            const auto v = f.get(c);
            f.set(c, v);
            QVERIFY(!checkValue(f, v).has_value());
        }
        QCOMPARE(c, ExperimentConfig{});
    }

    void yamlRoundTrip() {
        ExperimentConfig c;
        c.training.learningRate = 0.0025;
        c.model.mlpLayers = {256, 128, 32};
        c.split.holdoutFraction = 0.2;
        c.runtime.device = "cpu";
        c.training.seed = 1234567890123;
        c.scheduler.threshold = 0.1 + 0.2;  // needs all 17 digits to round-trip
        const auto text = configToYaml(c);
        const auto back = parseConfigYaml(text, "mem.yaml");
        QVERIFY(back.ok());
        QCOMPARE(back.config, c);
        // And through a file.
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "c.yaml";
        QVERIFY(!saveConfigFile(c, file).has_value());
        QCOMPARE(loadConfigFile(file).config, c);
    }

    void partialYamlKeepsDefaults() {
        const auto r = parseConfigYaml("training:\n  max_epochs: 3\n", "p.yaml");
        QVERIFY(r.ok());
        ExperimentConfig expected;
        expected.training.maxEpochs = 3;
        QCOMPARE(r.config, expected);
        QVERIFY(parseConfigYaml("", "empty.yaml").ok());
    }

    void shippedDefaultConfigIsTheNotebook() {
        const auto path = core::util::findResource("default_config.yaml");
        QVERIFY(path.has_value());
        const auto r = loadConfigFile(*path);
        QVERIFY(r.ok());
        QCOMPARE(r.config, ExperimentConfig{});
    }

    // Errors name the source and line, the key, the value and the allowed range.
    void rejectsBadYaml_data() {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << "training:\n  learnin_rate: 0.1\n"
                                     << "c.yaml:2: unknown key `training.learnin_rate`";
        QTest::newRow("unknown group") << "trainer:\n  x: 1\n"
                                       << "c.yaml:1: unknown group `trainer`";
        QTest::newRow("negative rate")
            << "training:\n  learning_rate: -0.1\n"
            << "c.yaml:2: `training.learning_rate` must be in (0, 10] (got -0.1)";
        QTest::newRow("not a number")
            << "model:\n  dropout: lots\n"
            << "c.yaml:2: `model.dropout` must be a number (got \"lots\")";
        QTest::newRow("dropout 1") << "model:\n  dropout: 1\n"
                                   << "`model.dropout` must be in [0, 1) (got 1)";
        QTest::newRow("batch 1")
            << "training:\n  batch_size: 1\n"
            << "`training.batch_size` must be an integer in [2, 1048576] (got 1)";
        QTest::newRow("fraction int") << "split:\n  holdout_fraction: 2\n"
                                      << "must be in (0, 1) (got 2)";
        QTest::newRow("bad device")
            << "runtime:\n  device: tpu\n"
            << "`runtime.device` must be one of auto, cpu, cuda (got \"tpu\")";
        QTest::newRow("empty layers") << "model:\n  mlp_layers: []\n"
                                      << "`model.mlp_layers` must be 1 to 8 integers";
        QTest::newRow("zero layer") << "model:\n  mlp_layers: [128, 0]\n"
                                    << "(got [128, 0])";
        QTest::newRow("float epochs") << "training:\n  max_epochs: 2.5\n"
                                      << "must be an integer (got \"2.5\")";
        QTest::newRow("broken yaml") << "training: [\n"
                                     << "c.yaml:2: not valid YAML";
        QTest::newRow("list at top") << "- 1\n- 2\n"
                                     << "expected a mapping";
        QTest::newRow("group not map") << "training: 5\n"
                                       << "`training` must be a mapping";
    }

    void rejectsBadYaml() {
        QFETCH(QString, yaml);
        QFETCH(QString, message);
        const auto r = parseConfigYaml(yaml.toStdString(), "c.yaml");
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.errors.front().message).contains(message),
                 r.errors.front().message.c_str());
    }

    void assignments() {
        ExperimentConfig c;
        QVERIFY(!applyAssignment(c, "training.learning_rate=0.01").has_value());
        QCOMPARE(c.training.learningRate, 0.01);
        QVERIFY(!applyAssignment(c, "model.mlp_layers=256,64").has_value());
        QCOMPARE(c.model.mlpLayers, (std::vector<int>{256, 64}));
        QVERIFY(!applyAssignment(c, "runtime.device = cpu").has_value());
        QCOMPARE(c.runtime.device, std::string("cpu"));
        const auto unknown = applyAssignment(c, "nope.x=1");
        QVERIFY(unknown.has_value());
        QCOMPARE(unknown->key, std::string("nope.x"));
        const auto bad = applyAssignment(c, "evaluation.k=0");
        QVERIFY(bad.has_value());
        QCOMPARE(bad->message,
                 std::string("`evaluation.k` must be an integer in [1, 1000] (got 0)"));
        QVERIFY(applyAssignment(c, "no equals sign").has_value());
    }

    void validateNamesEveryBadKey() {
        ExperimentConfig c;
        c.training.learningRate = 0;
        c.model.dropout = -0.5;
        const auto errors = validate(c);
        QCOMPARE(errors.size(), std::size_t(2));
        QCOMPARE(errors[0].key, std::string("model.dropout"));
        QCOMPARE(errors[1].key, std::string("training.learning_rate"));
    }
};

QTEST_GUILESS_MAIN(TestExperimentConfig)
#include "tst_experiment_config.moc"
