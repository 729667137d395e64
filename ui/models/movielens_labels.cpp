#include "models/movielens_labels.h"

#include <QCoreApplication>

namespace ui::models {

QString ageBucketLabel(int age) {
    switch (age) {
        case 1:
            return QCoreApplication::translate("MovieLens", "Under 18");
        case 18:
            return QStringLiteral("18–24");
        case 25:
            return QStringLiteral("25–34");
        case 35:
            return QStringLiteral("35–44");
        case 45:
            return QStringLiteral("45–49");
        case 50:
            return QStringLiteral("50–55");
        case 56:
            return QStringLiteral("56+");
        default:
            return QString::number(age);
    }
}

QString occupationLabel(int occupation) {
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("MovieLens", "other or not specified"),
        QT_TRANSLATE_NOOP("MovieLens", "academic/educator"),
        QT_TRANSLATE_NOOP("MovieLens", "artist"),
        QT_TRANSLATE_NOOP("MovieLens", "clerical/admin"),
        QT_TRANSLATE_NOOP("MovieLens", "college/grad student"),
        QT_TRANSLATE_NOOP("MovieLens", "customer service"),
        QT_TRANSLATE_NOOP("MovieLens", "doctor/health care"),
        QT_TRANSLATE_NOOP("MovieLens", "executive/managerial"),
        QT_TRANSLATE_NOOP("MovieLens", "farmer"),
        QT_TRANSLATE_NOOP("MovieLens", "homemaker"),
        QT_TRANSLATE_NOOP("MovieLens", "K-12 student"),
        QT_TRANSLATE_NOOP("MovieLens", "lawyer"),
        QT_TRANSLATE_NOOP("MovieLens", "programmer"),
        QT_TRANSLATE_NOOP("MovieLens", "retired"),
        QT_TRANSLATE_NOOP("MovieLens", "sales/marketing"),
        QT_TRANSLATE_NOOP("MovieLens", "scientist"),
        QT_TRANSLATE_NOOP("MovieLens", "self-employed"),
        QT_TRANSLATE_NOOP("MovieLens", "technician/engineer"),
        QT_TRANSLATE_NOOP("MovieLens", "tradesman/craftsman"),
        QT_TRANSLATE_NOOP("MovieLens", "unemployed"),
        QT_TRANSLATE_NOOP("MovieLens", "writer"),
    };
    if (occupation >= 0 && occupation < int(std::size(names)))
        return QCoreApplication::translate("MovieLens", names[occupation]);
    return QCoreApplication::translate("MovieLens", "occupation %1").arg(occupation);
}

QString genderLabel(int gender) {
    return gender ? QCoreApplication::translate("MovieLens", "male")
                  : QCoreApplication::translate("MovieLens", "female");
}

QString runStatusLabel(core::runs::RunStatus status) {
    using core::runs::RunStatus;
    switch (status) {
        case RunStatus::Running:
            return QCoreApplication::translate("RunStatus", "running");
        case RunStatus::Completed:
            return QCoreApplication::translate("RunStatus", "completed");
        case RunStatus::EarlyStopped:
            return QCoreApplication::translate("RunStatus", "early-stopped");
        case RunStatus::Stopped:
            return QCoreApplication::translate("RunStatus", "stopped");
        case RunStatus::Failed:
            return QCoreApplication::translate("RunStatus", "failed");
        case RunStatus::Interrupted:
            return QCoreApplication::translate("RunStatus", "interrupted");
    }
    return QString::fromUtf8(core::runs::runStatusText(status));
}

QString trainingStepLabel(core::training::TrainingStep step) {
    return step == core::training::TrainingStep::Autograd
               ? QCoreApplication::translate("TrainingStep", "the autograd step")
               : QCoreApplication::translate("TrainingStep", "the fused step");
}

}  // namespace ui::models
