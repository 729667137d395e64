// ratings-workbench: the desktop workbench. All logic lives in the ui and core libraries.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <memory>

#include "automation/screenshot_tour.h"
#include "i18n/translations.h"
#include "panels/experiment_page.h"
#include "rw_version.h"
#include "windows/main_window.h"

namespace {

// --help and --version need no window: they are answered by a QCoreApplication, which needs
// no display (a QApplication aborts without one).
bool onlyAsksForHelp(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    const std::unique_ptr<QCoreApplication> application =
        onlyAsksForHelp(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                    : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("RatingsWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Ratings Workbench"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(core::kProjectVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rating-prediction experiments on MovieLens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QStringLiteral("An ml-1m folder to open."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("Folder for saved runs."),
                                       QStringLiteral("dir"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("en, es or system (default: the setting)."),
                                      QStringLiteral("code"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Drive the window through the whole flow on the given folder, save a "
                       "screenshot of each page into <dir> and quit."),
        QStringLiteral("dir"));
    const QCommandLineOption epochs(
        QStringLiteral("screenshot-epochs"),
        QStringLiteral("Epochs to train for --screenshots (default 30; 0: no training, only the "
                       "sweep)."),
        QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption sweepTrials(
        QStringLiteral("screenshot-sweep-trials"),
        QStringLiteral("Trials of the small TPE sweep run after the tour (default 8 with "
                       "--screenshots, 0 with --measure-responsiveness; 0 = none)."),
        QStringLiteral("n"));
    const QCommandLineOption sweepEpochs(
        QStringLiteral("screenshot-sweep-epochs"),
        QStringLiteral("Epochs per trial of that sweep (default 4)."), QStringLiteral("n"),
        QStringLiteral("4"));
    const QCommandLineOption sweepConcurrency(
        QStringLiteral("screenshot-sweep-concurrency"),
        QStringLiteral("Trainings at once in that sweep (default: the Sweeps page's)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption configFile(
        QStringLiteral("config"),
        QStringLiteral("Start from this experiment configuration (YAML, as the Experiment page "
                       "saves it)."),
        QStringLiteral("file"));
    const QCommandLineOption windowSize(
        QStringLiteral("window-size"),
        QStringLiteral("The window's size, e.g. 1024x700 (for screenshots)."),
        QStringLiteral("WxH"));
    const QCommandLineOption responsiveness(
        QStringLiteral("measure-responsiveness"),
        QStringLiteral("Train on the given folder (notebook defaults, --screenshot-epochs epochs), "
                       "then run the sweep if --screenshot-sweep-trials is given, print the "
                       "longest event-loop pause of each and quit."));
    parser.addOptions({workspace, language, screenshots, epochs, sweepTrials, sweepEpochs,
                       sweepConcurrency, configFile, windowSize, responsiveness});
    parser.process(app);  // answers --help and --version here, and exits
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ratings-workbench.svg")));
    // Desktops (Wayland's especially) match the window with the installed menu entry by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ratingsworkbench.RatingsWorkbench"));

    const QString lang = parser.isSet(language)
                             ? parser.value(language)
                             : QSettings().value("language", "system").toString();
    ui::i18n::installTranslators(app, lang);

    ui::windows::MainWindow window;
    if (parser.isSet(workspace))
        window.setWorkspace(QDir(parser.value(workspace)).absolutePath());
    if (parser.isSet(windowSize)) {
        const QStringList wh = parser.value(windowSize).split(QLatin1Char('x'));
        if (wh.size() != 2 || wh[0].toInt() <= 0 || wh[1].toInt() <= 0)
            parser.showHelp(2);
        window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    const bool automated = parser.isSet(screenshots) || parser.isSet(responsiveness);
    if (parser.isSet(configFile) && !window.experimentPage()->loadFile(parser.value(configFile))) {
        QTextStream(stderr) << "--config " << parser.value(configFile)
                            << ": not loaded (the Experiment page says why)\n";
        if (automated)
            return 2;
        window.tabs()->setCurrentIndex(ui::windows::MainWindow::ExperimentTab);
    }
    const QStringList positional = parser.positionalArguments();
    if (automated) {
        if (positional.isEmpty())
            parser.showHelp(2);
        auto* tour = new ui::automation::ScreenshotTour(
            &window, parser.isSet(screenshots) ? parser.value(screenshots) : QString(),
            positional.front(), parser.value(epochs).toInt(),
            parser.isSet(sweepTrials)   ? parser.value(sweepTrials).toInt()
            : parser.isSet(screenshots) ? 8
                                        : 0,
            parser.value(sweepEpochs).toInt());
        tour->setSweepConcurrency(parser.value(sweepConcurrency).toInt());
        QTimer::singleShot(200, tour, &ui::automation::ScreenshotTour::start);
    } else if (!positional.isEmpty()) {
        window.openDataset(positional.front());
    }
    return app.exec();
}
