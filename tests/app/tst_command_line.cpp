#include <sstream>

#include "cli/command_line.h"
#include "runs/run_record.h"
#include "test_support.h"
#include "util/json.h"
#include "util/path_text.h"

using namespace core;
namespace cli = app::cli;

namespace {
struct Result {
    int code;
    std::string out, err;
};

Result run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = cli::runCommandLine(args, out, err);
    return {code, out.str(), err.str()};
}
}  // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void versionAndHelp() {
        const auto v = run({"--version"});
        QCOMPARE(v.code, 0);
        QVERIFY(QString::fromStdString(v.out).startsWith("ratings-workbench-cli 0."));
        QVERIFY(QString::fromStdString(v.out).contains("LibTorch"));
        const auto h = run({"--help"});
        QCOMPARE(h.code, 0);
        QVERIFY(QString::fromStdString(h.out).contains("Exit codes"));
        QCOMPARE(run({}).code, int(cli::kExitUsage));
        const auto u = run({"fly"});
        QCOMPARE(u.code, int(cli::kExitUsage));
        QVERIFY(QString::fromStdString(u.err).contains("unknown command \"fly\""));
        QCOMPARE(run({"train", "--data"}).code, int(cli::kExitUsage));
    }

    // Every unknown option, missing value and bad number: a usage error (exit 2) that names the
    // option and what is allowed, before anything runs.
    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("unknown option") << QStringList{"config", "--epochs", "5"}
                                        << QStringList{"config: unknown option --epochs", "--set"};
        QTest::newRow("misspelt flag")
            << QStringList{"runs", "--jsno"} << QStringList{"unknown option --jsno", "--json"};
        QTest::newRow("word for a number")
            << QStringList{"recommend", "--run", "r", "--user", "1", "--k", "abc"}
            << QStringList{"--k", "abc", "1 to 1000"};
        QTest::newRow("negative k")
            << QStringList{"recommend", "--run", "r", "--user", "1", "--k", "-3"}
            << QStringList{"--k", "-3", "1 to 1000"};
        QTest::newRow("missing value")
            << QStringList{"train", "--data"} << QStringList{"--data", "missing"};
        QTest::newRow("missing required")
            << QStringList{"recommend", "--user", "1"} << QStringList{"--run", "required"};
        QTest::newRow("zero users") << QStringList{"generate", "--out", "x", "--users", "0"}
                                    << QStringList{"--users", "1 to"};
        QTest::newRow("unknown preset") << QStringList{"generate", "--out", "x", "--preset", "huge"}
                                        << QStringList{"--preset", "full", "tiny"};
        QTest::newRow("stray value") << QStringList{"validate", "extra"} << QStringList{"extra"};
        QTest::newRow("unknown command")
            << QStringList{"fly"} << QStringList{"unknown command \"fly\"", "train"};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QStringList, fragments);
        std::vector<std::string> argv;
        for (const auto& a : args)
            argv.push_back(a.toStdString());
        const auto r = run(argv);
        QCOMPARE(r.code, int(cli::kExitUsage));
        QVERIFY(r.out.empty());
        for (const auto& f : fragments)
            QVERIFY2(QString::fromStdString(r.err).contains(f), r.err.c_str());
    }

    // generate → validate → train (JSON) → evaluate → recommend → runs, on a tiny dataset;
    // also with a data folder and a workspace whose paths hold spaces and non-ASCII letters
    // (arguments and printed paths are UTF-8 on every platform).
    void wholeFlow_data() {
        QTest::addColumn<QString>("folder");
        QTest::newRow("plain") << QString();
        QTest::newRow("spaces and non-ASCII") << QStringLiteral("datos y área de trabajo ñ ü 東京");
    }

    void wholeFlow() {
        QFETCH(QString, folder);
        QTemporaryDir dir;
        const auto base = test_support::path(dir) / util::pathFromUtf8(folder.toStdString());
        const auto data = util::utf8Of(base / "tiny");
        const auto workspace = util::utf8Of(base / "mi espacio");
        QCOMPARE(run({"generate", "--out", data, "--preset", "tiny"}).code, 0);
        QCOMPARE(run({"generate", "--out", data, "--preset", "tiny"}).code,
                 int(cli::kExitFailed));  // never overwrites
        QCOMPARE(run({"validate", "--data", data}).code, 0);

        const auto t = run({"train", "--data", data, "--workspace", workspace, "--name", "first",
                            "--set", "training.max_epochs=2", "--json", "--quiet"});
        QVERIFY2(t.code == 0, t.err.c_str());
        std::string error;
        const auto doc = util::parseJson(t.out, &error);
        QVERIFY2(doc, error.c_str());
        QCOMPARE((*doc)["status"].get<std::string>(), std::string("completed"));
        QCOMPARE((*doc)["history"].size(), std::size_t(2));
        const double rmse = (*doc)["metrics"]["rmse"].get<double>();
        QVERIFY(rmse > 0 && rmse < 1);
        const auto runDir = (*doc)["run"].get<std::string>();
        QVERIFY2(runDir.rfind(workspace, 0) == 0, runDir.c_str());
        QVERIFY(std::filesystem::exists(util::pathFromUtf8(runDir) / runs::kModelFile));

        // evaluate recomputes the same metrics from the saved model.
        const auto e = run({"evaluate", "--run", runDir, "--json"});
        QVERIFY2(e.code == 0, e.err.c_str());
        const auto eval = util::parseJson(e.out, &error);
        QVERIFY(eval);
        QVERIFY(std::abs((*eval)["metrics"]["rmse"].get<double>() - rmse) < 1e-6);
        QVERIFY((*eval)["max_difference_from_saved_predictions"].get<double>() < 1e-6);

        const auto r = run({"recommend", "--run", runDir, "--user", "1", "--k", "5", "--json"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto rec = util::parseJson(r.out, &error);
        QCOMPARE((*rec)["unrated"].size(), std::size_t(5));
        QVERIFY((*rec)["test_items"].size() >= 1);
        QCOMPARE(run({"recommend", "--run", runDir, "--user", "99999"}).code,
                 int(cli::kExitDataError));

        // A second run with the same name gets its own folder.
        const auto t2 = run({"train", "--data", data, "--workspace", workspace, "--name", "first",
                             "--set", "training.max_epochs=1", "--quiet"});
        QCOMPARE(t2.code, 0);
        QVERIFY(QString::fromStdString(t2.out).contains("first-2"));
        QVERIFY(QString::fromStdString(t2.out).contains("NDCG@10 (notebook-compatible)"));
        const auto list = run({"runs", "--workspace", workspace});
        QCOMPARE(QString::fromStdString(list.out).count('\n'), 2);
        QVERIFY2(QString::fromStdString(list.out).contains("first-2  completed"), list.out.c_str());
        QVERIFY(QString::fromStdString(list.out).contains("epochs 2, best "));
    }

    void badDataAndConfigExitCodes() {
        QTemporaryDir dir;
        const auto missing = (test_support::path(dir) / "nothing").string();
        const auto d = run({"train", "--data", missing, "--quiet"});
        QCOMPARE(d.code, int(cli::kExitDataError));
        QVERIFY(QString::fromStdString(d.err).contains("folder not found"));
        const auto c = run({"train", "--set", "training.learning_rate=-1"});
        QCOMPARE(c.code, int(cli::kExitConfigError));
        QVERIFY(QString::fromStdString(c.err).contains(
            "`training.learning_rate` must be in (0, 10] (got -1)"));
        test_support::writeFile(test_support::path(dir) / "bad.yaml", "training:\n  epochs: 3\n");
        const auto y = run({"config", "--config", (test_support::path(dir) / "bad.yaml").string()});
        QCOMPARE(y.code, int(cli::kExitConfigError));
        QVERIFY(
            QString::fromStdString(y.err).contains("bad.yaml:2: unknown key `training.epochs`"));
    }

    // An unusable workspace fails before any training, and a failed start leaves no folder.
    void workspaceProblemsFailFast() {
        QTemporaryDir dir;
        const auto blocker = test_support::path(dir) / "not-a-folder";
        test_support::writeFile(blocker, "x");
        const auto r = run({"train", "--workspace", blocker.string(), "--quiet"});
        QCOMPARE(r.code, int(cli::kExitFailed));
        QVERIFY2(QString::fromStdString(r.err).contains("cannot create the workspace"),
                 r.err.c_str());
        QVERIFY(QString::fromStdString(r.err).count("epoch") == 0);
        const auto workspace = test_support::path(dir) / "ws";
        const auto f = run({"train", "--workspace", workspace.string(), "--quiet", "--set",
                            "data.min_user_ratings=1000000"});
        QCOMPARE(f.code, int(cli::kExitFailed));
        QVERIFY(QString::fromStdString(f.err).contains("no ratings are left after the filters"));
        QVERIFY(std::filesystem::is_empty(workspace));
    }

    void configPrintsYaml() {
        const auto c = run({"config", "--set", "model.dropout=0.1"});
        QCOMPARE(c.code, 0);
        QVERIFY(QString::fromStdString(c.out).contains("  dropout: 0.1\n"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
