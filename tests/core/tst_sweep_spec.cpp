#include <QTemporaryDir>
#include <QtTest>

#include "sweep/sweep_spec.h"
#include "test_support.h"

using namespace core;
using namespace core::sweep;

namespace {

SweepSpecLoad parse(const QString& yaml) {
    return parseSweepSpec(yaml.toStdString(), "s.yaml", {});
}

QString allErrors(const SweepSpecLoad& r) {
    QString s;
    for (const auto& e : r.errors)
        s += QString::fromStdString(e.message) + "\n";
    return s;
}

}  // namespace

class TestSweepSpec : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryKey() {
        const auto r = parse(
            "# a comment\n"
            "base:\n"
            "  training:\n"
            "    max_epochs: 4\n"
            "  model: {dropout: 0.2}\n"
            "strategy: tpe\n"
            "trials: 30\n"
            "startup_trials: 8\n"
            "seed: 11\n"
            "repeats: 2\n"
            "objective: {metric: test_ndcg_at_k}\n"
            "budget: {max_trials: 25, max_wall_seconds: 600}\n"
            "early_termination: {kind: asha, min_epochs: 2, reduction_factor: 2}\n"
            "parameters:\n"
            "  training.learning_rate: {range: {low: 1e-4, high: 1e-2, scale: log}}\n"
            "  training.batch_size:\n"
            "    range: {low: 64, high: 1024}\n"
            "  model.mlp_layers:\n"
            "    values: [[128, 64], [256, 128, 64]]\n"
            "  runtime.training_step: {values: [fused]}\n");
        QVERIFY2(r.ok(), qPrintable(allErrors(r)));
        const auto& s = r.spec;
        QCOMPARE(s.base.training.maxEpochs, 4);
        QCOMPARE(s.base.model.dropout, 0.2);
        QCOMPARE(s.base.training.learningRate, 1e-3);  // untouched keys keep the defaults
        QCOMPARE(s.strategy, Strategy::Tpe);
        QCOMPARE(s.trials, 30);
        QCOMPARE(s.startupTrials, 8);
        QCOMPARE(s.seed, std::uint64_t(11));
        QCOMPARE(s.repeats, 2);
        QCOMPARE(s.objective.metric, ObjectiveMetric::TestNdcgAtK);
        QCOMPARE(s.objective.direction, Direction::Maximize);  // NDCG's natural direction
        QCOMPARE(s.budget.maxTrials, 25);
        QCOMPARE(s.budget.maxWallSeconds, 600.0);
        QCOMPARE(s.earlyTermination.kind, TerminationKind::Asha);
        QCOMPARE(s.earlyTermination.minEpochs, 2);
        QCOMPARE(s.earlyTermination.reductionFactor, 2);
        QCOMPARE(plannedTrials(s), 25);
        QCOMPARE(s.parameters.size(), std::size_t(4));
        QCOMPARE(s.parameters[0].key, std::string("training.learning_rate"));
        QVERIFY(s.parameters[0].range.has_value());
        QCOMPARE(s.parameters[0].range->low, 1e-4);
        QCOMPARE(s.parameters[0].range->scale, Scale::Log);
        QCOMPARE(s.parameters[1].type, config::FieldType::Integer);
        QCOMPARE(s.parameters[1].range->high, 1024.0);
        QCOMPARE(s.parameters[1].range->scale, Scale::Linear);
        QCOMPARE(s.parameters[2].values.size(), std::size_t(2));
        QCOMPARE(std::get<std::vector<int>>(s.parameters[2].values[1]),
                 (std::vector<int>{256, 128, 64}));
        QCOMPARE(std::get<std::string>(s.parameters[3].values[0]), std::string("fused"));
    }

    void defaults() {
        const auto r = parse("parameters:\n  model.dropout: {values: [0.1, 0.3]}\n");
        QVERIFY2(r.ok(), qPrintable(allErrors(r)));
        QCOMPARE(r.spec.base, config::ExperimentConfig{});
        QCOMPARE(r.spec.strategy, Strategy::Tpe);
        QCOMPARE(r.spec.trials, 20);
        QCOMPARE(r.spec.startupTrials, 10);
        QCOMPARE(r.spec.repeats, 1);
        QCOMPARE(r.spec.objective.metric, ObjectiveMetric::ValidationRmse);
        QCOMPARE(r.spec.objective.direction, Direction::Minimize);
        QCOMPARE(r.spec.earlyTermination.kind, TerminationKind::None);
        const auto median =
            parse("early_termination: median\nparameters:\n  model.dropout: {values: [0.1]}\n");
        QVERIFY(median.ok());
        QCOMPARE(median.spec.earlyTermination.kind, TerminationKind::Median);
        QCOMPARE(median.spec.earlyTermination.warmupEpochs, 2);
        QCOMPARE(median.spec.earlyTermination.minTrials, 5);
    }

    // A grid runs every combination: its trial count is the product of the value counts.
    void gridCountsCombinations() {
        const auto r = parse(
            "strategy: grid\n"
            "parameters:\n"
            "  model.dropout: {values: [0.1, 0.2, 0.3]}\n"
            "  training.learning_rate: {range: {low: 0.0001, high: 0.01, scale: log, steps: "
            "3}}\n"
            "  training.batch_size: {range: {low: 2, high: 4, steps: 5}}\n");
        QVERIFY2(r.ok(), qPrintable(allErrors(r)));
        QCOMPARE(r.spec.trials, 3 * 3 * 3);  // batch sizes 2, 3, 4 after rounding
        QCOMPARE(plannedTrials(r.spec), 27);
    }

    void baseFileIsRelativeToTheSpec() {
        QTemporaryDir dir;
        const auto folder = test_support::path(dir);
        test_support::writeFile(folder / "conf" / "base.yaml", "training:\n  max_epochs: 3\n");
        test_support::writeFile(folder / "conf" / "sweep.yaml",
                                "base: base.yaml\nparameters:\n  model.dropout: {values: [0.5]}\n");
        const auto r = loadSweepSpec(folder / "conf" / "sweep.yaml");
        QVERIFY2(r.ok(), qPrintable(allErrors(r)));
        QCOMPARE(r.spec.base.training.maxEpochs, 3);

        // Errors in the base file name that file and its line.
        test_support::writeFile(folder / "conf" / "base.yaml", "training:\n  epochs: 3\n");
        const auto bad = loadSweepSpec(folder / "conf" / "sweep.yaml");
        QCOMPARE(bad.errors.size(), std::size_t(1));
        QVERIFY2(allErrors(bad).contains("base.yaml:2: unknown key `training.epochs`"),
                 qPrintable(allErrors(bad)));

        // A resumed sweep keeps the base it started with.
        config::ExperimentConfig stored;
        stored.training.maxEpochs = 9;
        const auto text = "base: missing.yaml\nparameters:\n  model.dropout: {values: [0.5]}\n";
        const auto resumed = parseSweepSpec(text, "s.yaml", folder, &stored);
        QVERIFY2(resumed.ok(), qPrintable(allErrors(resumed)));
        QCOMPARE(resumed.spec.base.training.maxEpochs, 9);
    }

    // Every mistake is reported with the spec's line and the key path, as the config loader
    // does.
    void rejects_data() {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("message");
        const QString p = "parameters:\n";
        QTest::newRow("log low 0")
            << p + "  training.learning_rate:\n    range: {low: 0, high: 0.1, scale: log}\n"
            << "s.yaml:3: `parameters.training.learning_rate.range.low` must be > 0 for a log "
               "scale (got 0)";
        QTest::newRow("log low on its own line")
            << p + "  training.learning_rate:\n    range:\n      scale: log\n      low: 0\n"
                   "      high: 1\n"
            << "s.yaml:5: `parameters.training.learning_rate.range.low` must be > 0 for a log "
               "scale (got 0)";
        QTest::newRow("unknown top-level key")
            << "strategi: tpe\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:1: unknown key `strategi` (known: base, parameters, strategy";
        QTest::newRow("unknown field")
            << p + "  training.learnin_rate: {values: [0.1]}\n"
            << "s.yaml:2: unknown configuration key `training.learnin_rate` in `parameters`";
        QTest::newRow("value out of range")
            << p + "  model.dropout:\n    values: [0.1,\n             1]\n"
            << "s.yaml:4: in `parameters.model.dropout.values`: `model.dropout` must be in [0, "
               "1) (got 1)";
        QTest::newRow("value of the wrong type")
            << p + "  training.batch_size: {values: [64, lots]}\n"
            << "s.yaml:2: in `parameters.training.batch_size.values`: `training.batch_size` "
               "must be an integer (got \"lots\")";
        QTest::newRow("list value of a number field")
            << p + "  model.dropout: {values: [[0.1, 0.2]]}\n"
            << "`model.dropout` must be in [0, 1) (got a list)";
        QTest::newRow("bad choice")
            << p + "  runtime.device: {values: [cpu, tpu]}\n"
            << "`runtime.device` must be one of auto, cpu, cuda (got \"tpu\")";
        QTest::newRow("repeated value")
            << p + "  model.dropout: {values: [0.1, 0.1]}\n"
            << "s.yaml:2: `parameters.model.dropout.values` lists 0.1 twice";
        QTest::newRow("empty list") << p + "  model.dropout: {values: []}\n"
                                    << "`parameters.model.dropout.values` must be a non-empty list";
        QTest::newRow("integer range with a fraction")
            << p + "  training.batch_size:\n    range: {low: 2.5, high: 64}\n"
            << "s.yaml:3: `parameters.training.batch_size.range.low` must be an integer "
               "(`training.batch_size` is an integer field) (got \"2.5\")";
        QTest::newRow("range outside the field")
            << p + "  model.dropout:\n    range: {low: 0.1, high: 1.5}\n"
            << "s.yaml:3: in `parameters.model.dropout.range.high`: `model.dropout` must be in "
               "[0, 1) (got 1.5)";
        QTest::newRow("high not above low")
            << p + "  model.dropout:\n    range: {low: 0.5, high: 0.2}\n"
            << "`parameters.model.dropout.range.high` must be greater than low (got low 0.5, "
               "high 0.2)";
        QTest::newRow("range of a choice field")
            << p + "  runtime.device: {range: {low: 1, high: 2}}\n"
            << "s.yaml:2: `parameters.runtime.device.range`: a range needs an integer or real "
               "field";
        QTest::newRow("bad scale")
            << p + "  model.dropout: {range: {low: 0.1, high: 0.5, scale: cubic}}\n"
            << "`parameters.model.dropout.range.scale` must be linear or log (got \"cubic\")";
        QTest::newRow("unknown range key")
            << p + "  model.dropout: {range: {low: 0.1, hi: 0.5}}\n"
            << "unknown key `parameters.model.dropout.range.hi` (expected low, high, scale, steps)";
        QTest::newRow("range without high")
            << p + "  model.dropout:\n    range: {low: 0.1}\n"
            << "s.yaml:3: `parameters.model.dropout.range` needs `low` and `high`";
        QTest::newRow("values and range")
            << p + "  model.dropout:\n    values: [0.1]\n    range: {low: 0.1, high: 0.2}\n"
            << "s.yaml:4: `parameters.model.dropout` has both `values` and `range`";
        QTest::newRow("neither values nor range")
            << p + "  model.dropout: {}\n"
            << "s.yaml:2: `parameters.model.dropout` needs `values: [..]` or `range:";
        QTest::newRow("grid range without steps")
            << "strategy: grid\n" + p + "  model.dropout: {range: {low: 0.1, high: 0.5}}\n"
            << "s.yaml:3: `parameters.model.dropout.range` needs `steps: N` with strategy grid";
        QTest::newRow("steps outside a grid")
            << "strategy: random\n" + p +
                   "  model.dropout:\n    range: {low: 0.1, high: 0.5, steps: 3}\n"
            << "s.yaml:4: `parameters.model.dropout.range.steps` applies to strategy grid only";
        QTest::newRow("one step")
            << "strategy: grid\n" + p +
                   "  model.dropout:\n    range: {low: 0.1, high: 0.5, steps: 1}\n"
            << "`parameters.model.dropout.range.steps` must be an integer in [2, 10000] (got "
               "\"1\")";
        QTest::newRow("grid too large")
            << "strategy: grid\n" + p +
                   "  training.batch_size: {range: {low: 2, high: 100000, steps: 1000}}\n"
                   "  training.max_epochs: {range: {low: 1, high: 1000, steps: 1000}}\n"
            << "s.yaml:2: the grid has 1000000 combinations; at most 100000";
        QTest::newRow("trials with grid")
            << "strategy: grid\ntrials: 5\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:2: `trials` does not apply to strategy grid";
        QTest::newRow("unknown strategy")
            << "strategy: bayes\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:1: `strategy` must be grid, random or tpe (got \"bayes\")";
        QTest::newRow("zero trials") << "trials: 0\n" + p + "  model.dropout: {values: [0.1]}\n"
                                     << "s.yaml:1: `trials` must be an integer in [1, 100000] "
                                        "(got \"0\")";
        QTest::newRow("zero repeats")
            << "repeats: 0\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:1: `repeats` must be an integer in [1, 100] (got \"0\")";
        QTest::newRow("negative seed") << "seed: -1\n" + p + "  model.dropout: {values: [0.1]}\n"
                                       << "s.yaml:1: `seed` must be an integer in [0, ";
        QTest::newRow("unknown metric")
            << "objective:\n  metric: accuracy\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:2: `objective.metric` must be validation_rmse, test_rmse, test_mae, "
               "test_r2, test_precision_at_k or test_ndcg_at_k (got \"accuracy\")";
        QTest::newRow("bad direction")
            << "objective: {direction: down}\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:1: `objective.direction` must be min or max (got \"down\")";
        QTest::newRow("wall budget 0")
            << "budget:\n  max_wall_seconds: 0\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:2: `budget.max_wall_seconds` must be a number > 0 (got \"0\")";
        QTest::newRow("asha parameter for median")
            << "early_termination:\n  kind: median\n  min_epochs: 2\n" + p +
                   "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:3: `early_termination.min_epochs` is a parameter of asha, not of median";
        QTest::newRow("asha factor 1")
            << "early_termination: {kind: asha, reduction_factor: 1}\n" + p +
                   "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:1: `early_termination.reduction_factor` must be an integer in [2, 100]";
        QTest::newRow("unknown termination")
            << "early_termination: hyperband\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "`early_termination` must be none, median or asha (got \"hyperband\")";
        QTest::newRow("no parameters") << "strategy: random\n"
                                       << "`parameters` is missing";
        QTest::newRow("empty parameters") << "parameters: {}\n"
                                          << "s.yaml:1: `parameters` must be a mapping";
        QTest::newRow("inline base error")
            << "base:\n  training:\n    max_epochs: 3\n    learnin_rate: 0.1\n" + p +
                   "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:4: unknown key `training.learnin_rate`";
        QTest::newRow("inline flow base error")
            << "seed: 1\nbase: {training: {max_epochs: 0}}\n" + p +
                   "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:2: `training.max_epochs` must be an integer in [1, 10000] (got 0)";
        QTest::newRow("missing base file")
            << "base: nowhere.yaml\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:1: `base`: no configuration file";
        QTest::newRow("duplicate key")
            << "seed: 1\nseed: 2\n" + p + "  model.dropout: {values: [0.1]}\n"
            << "s.yaml:2: `seed` appears twice (first on line 1)";
        QTest::newRow("not yaml") << "parameters: [\n"
                                  << "s.yaml:2: not valid YAML";
        QTest::newRow("flow at top") << "{parameters: {model.dropout: {values: [0.1]}}}\n"
                                     << "expected a block mapping";
    }
    void rejects() {
        QFETCH(QString, yaml);
        QFETCH(QString, message);
        const auto r = parse(yaml);
        QVERIFY2(!r.ok(), qPrintable(yaml));
        QVERIFY2(allErrors(r).contains(message), qPrintable(allErrors(r)));
    }

    // All errors at once, in line order.
    void reportsEveryError() {
        const auto r = parse(
            "strategy: grid\n"
            "seed: x\n"
            "parameters:\n"
            "  model.dropout: {values: [2]}\n"
            "  training.learning_rate: {range: {low: 0, high: 1, scale: log, steps: 3}}\n"
            "repeats: 0\n");
        QCOMPARE(r.errors.size(), std::size_t(4));
        QVERIFY(QString::fromStdString(r.errors[0].message).startsWith("s.yaml:2: `seed`"));
        QVERIFY(QString::fromStdString(r.errors[1].message).startsWith("s.yaml:4: in"));
        QVERIFY(QString::fromStdString(r.errors[2].message)
                    .startsWith("s.yaml:5: `parameters.training.learning_rate.range.low`"));
        QVERIFY(QString::fromStdString(r.errors[3].message).startsWith("s.yaml:6: `repeats`"));
        QCOMPARE(r.errors[2].key, std::string("parameters.training.learning_rate.range.low"));
    }

    // A spec built in code (a form) is written as YAML that reads back to the same spec.
    void writesSpecsItReadsBack_data() {
        QTest::addColumn<QString>("yaml");
        QTest::newRow("tpe, every key")
            << "base: {training: {max_epochs: 4, learning_rate: 0.003}, runtime: {device: cpu}}\n"
               "strategy: tpe\ntrials: 30\nstartup_trials: 8\nseed: 11\nrepeats: 2\n"
               "objective: {metric: test_r2, direction: min}\n"
               "budget: {max_trials: 25, max_wall_seconds: 0.5}\n"
               "early_termination: {kind: median, warmup_epochs: 0, min_trials: 3}\n"
               "parameters:\n"
               "  training.learning_rate: {range: {low: 1e-5, high: 0.1, scale: log}}\n"
               "  training.batch_size: {range: {low: 64, high: 1024}}\n"
               "  model.mlp_layers: {values: [[128, 64], [256]]}\n"
               "  runtime.device: {values: [cpu, auto]}\n";
        QTest::newRow("grid with steps")
            << "strategy: grid\nearly_termination: {kind: asha, min_epochs: 2}\n"
               "parameters:\n"
               "  model.dropout: {range: {low: 0.1, high: 0.3, steps: 3}}\n"
               "  scheduler.patience: {range: {low: 1, high: 8, scale: log, steps: 4}}\n";
    }
    void writesSpecsItReadsBack() {
        QFETCH(QString, yaml);
        const auto r = parse(yaml);
        QVERIFY2(r.ok(), qPrintable(allErrors(r)));
        const auto text = sweepSpecToYaml(r.spec);
        const auto back = parseSweepSpec(text, "written.yaml", {});
        QVERIFY2(back.ok(), qPrintable(allErrors(back) + QString::fromStdString(text)));
        QVERIFY2(back.spec == r.spec, text.c_str());
    }

    void trialConfigAppliesValuesAndRepeat() {
        const auto r = parse(
            "base: {training: {seed: 100}}\n"
            "parameters:\n"
            "  training.learning_rate: {range: {low: 0.001, high: 0.01}}\n"
            "  model.mlp_layers: {values: [[64], [32, 16]]}\n");
        QVERIFY2(r.ok(), qPrintable(allErrors(r)));
        const ParameterValues values{0.005, std::vector<int>{32, 16}};
        const auto c = trialConfig(r.spec, values, 2);
        QCOMPARE(c.training.learningRate, 0.005);
        QCOMPARE(c.model.mlpLayers, (std::vector<int>{32, 16}));
        QCOMPARE(c.training.seed, std::int64_t(102));
        QCOMPARE(c.model.dropout, r.spec.base.model.dropout);
    }
};

QTEST_GUILESS_MAIN(TestSweepSpec)
#include "tst_sweep_spec.moc"
