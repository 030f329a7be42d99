#pragma once

#include <nlohmann/json_fwd.hpp>

#include "common/practice_user.h"

namespace knotwork {

// The account as `user list --json` prints it and the audit trail keeps it (never a password).
void to_json(nlohmann::json& json, const PracticeUser& user);

} // namespace knotwork
