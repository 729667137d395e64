#pragma once

#include <QString>

#include <string>

#include "runs/run_status.h"
#include "training/device_choice.h"

namespace ui::models {

/// "25–34" for ml-1m's age bucket 25, "Under 18" for 1; the raw number otherwise.
QString ageBucketLabel(int age);
/// "college/grad student" for ml-1m's occupation 4; "occupation N" otherwise.
QString occupationLabel(int occupation);
/// "F" → "female", 1 → "male" (the notebook's encoding M = 1).
QString genderLabel(int gender);

/// A run status in the user's language.
QString runStatusLabel(core::runs::RunStatus status);
/// "the fused step" / "the autograd step" in the user's language.
QString trainingStepLabel(core::training::TrainingStep step);

}  // namespace ui::models
