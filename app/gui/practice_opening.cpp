#include "app/gui/practice_opening.h"

#include "app/gui/passphrase_prompt.h"
#include "app/practice/practice_context.h"
#include "common/error.h"

namespace knotwork::gui {

namespace {

// The window comes up while the file is checked; the first save waits for the verdict, and
// RecordChecks shows it.
constexpr db::FileCheck kFileCheck = db::FileCheck::InBackground;

} // namespace

std::unique_ptr<app::PracticeContext> openAskingPassphrase(wxWindow* parent, const std::filesystem::path& file,
                                                           db::OpenMode mode, const std::string& actor,
                                                           const Clock& clock, const std::string& passphrase)
{
    try {
        return std::make_unique<app::PracticeContext>(file, mode, actor, clock, passphrase, kFileCheck);
    } catch (const PassphraseError&) {
        // Asked below, with the passphrase typed until one opens it.
    }
    std::unique_ptr<app::PracticeContext> practice;
    askPassphrase(parent, file, [&](const std::string& typed) {
        try {
            practice = std::make_unique<app::PracticeContext>(file, mode, actor, clock, typed, kFileCheck);
            return true;
        } catch (const PassphraseError&) {
            return false;
        }
    });
    return practice;
}

} // namespace knotwork::gui
