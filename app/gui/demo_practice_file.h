#pragma once

#include <filesystem>
#include <string>

#include "demo/demo_practice.h"

namespace knotwork::gui {

// The demo practice lives in its own file beside the therapist's practice, so exploring never
// touches real records: $XDG_DATA_HOME/knotwork/demo-practice.sqlite.
std::filesystem::path demoPracticePath();
bool isDemoPractice(const std::filesystem::path& file);

// The demo practice of `clients` made-up clients as of `today`: the same for everyone (one seed),
// so a screenshot or a question about it can be compared.
demo::DemoOptions demoPracticeOptions(int clients, const Date& today);

// Generates a demo practice into `file` through a ".partial" file renamed into place at the
// end, so a file at `file` is always complete. Returns false, leaving nothing behind, when
// `progress` asks to stop. Throws knotwork::Error (nothing left behind either).
bool createDemoPractice(const std::filesystem::path& file, const demo::DemoOptions& options,
                        const std::string& actor, const demo::DemoProgress& progress);

} // namespace knotwork::gui
