#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <nlohmann/json_fwd.hpp>

#include "app/cli/cli_context.h"
#include "app/cli/practice_access.h"
#include "schedule/reminder_settings.h"

namespace CLI {
class App;
}

namespace knotwork::cli {

// The reminders' keys of `settings set|show` (reminder.enabled, smtp.*, reminder.subject and
// reminder.body) and `settings mail-password`, kept by the app's rules (app::saveReminderSettings).

// "reminder.enabled, smtp.host, …", for the list of keys.
std::string reminderSettingKeys();
bool isReminderSettingKey(std::string_view key);
// Puts `value` into the setting `key` and saves the reminders' settings; prints what was saved.
void setReminderSetting(PracticeAccess& practice, const CliContext& context, const std::string& key,
                        const std::string& value);

// The reminders' settings in words ("Reminders by email", "on"), as `settings show` lists them.
std::vector<std::pair<std::string, std::string>> reminderSettingRows(const schedule::ReminderSettings& settings);
// Their JSON, under "reminders" in `settings show --json`.
nlohmann::json reminderSettingsJson(const schedule::ReminderSettings& settings);

// settings mail-password [--file FILE] [--forget]: the mail account's password, read from the
// file's first line or standard input (never the command line), kept outside the practice.
void addMailPasswordCommand(CLI::App& settings, CliContext& context);

} // namespace knotwork::cli
