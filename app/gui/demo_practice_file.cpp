#include "app/gui/demo_practice_file.h"

#include <system_error>
#include <wx/intl.h>

#include "app/practice/practice_context.h"
#include "app/practice/practice_files.h"
#include "common/error.h"
#include "common/ui/wx_text.h"
#include "common/user_directories.h"

namespace knotwork::gui {

namespace fs = std::filesystem;
using app::removePracticeFiles;

namespace {

// Fills the open practice; the database is closed (and its journal folded in) on return.
bool fillPractice(const fs::path& file, const demo::DemoOptions& options, const std::string& actor,
                  const demo::DemoProgress& progress)
{
    // The demo is written as of its reference day, whatever the computer's clock says.
    app::PracticeContext practice(file, db::OpenMode::CreateIfMissing, actor, Clock::stoppedOn(options.referenceDay));
    return demo::fillDemoPractice(practice.demoStores(), options, progress);
}

} // namespace

fs::path demoPracticePath()
{
    return userDataDirectory() / "demo-practice.sqlite";
}

demo::DemoOptions demoPracticeOptions(int clients, const Date& today)
{
    demo::DemoOptions options;
    options.clients = clients;
    options.seed = 1;
    options.referenceDay = today;
    return options;
}

bool isDemoPractice(const fs::path& file)
{
    std::error_code error;
    return fs::equivalent(file, demoPracticePath(), error) || file == demoPracticePath();
}

bool createDemoPractice(const fs::path& file, const demo::DemoOptions& options, const std::string& actor,
                        const demo::DemoProgress& progress)
{
    const fs::path partial = fs::path(file) += ".partial";
    removePracticeFiles(partial);  // what a crash during an earlier attempt left
    try {
        if (!fillPractice(partial, options, actor, progress)) {
            removePracticeFiles(partial);
            return false;
        }
        std::error_code error;
        fs::rename(partial, file, error);
        if (error)
            throw StorageError(ui::toUtf8(wxString::Format(_("Could not put the demo practice in place at %s: %s"),
                                                           ui::pathToWx(file), ui::toWx(error.message()))));
    } catch (...) {
        removePracticeFiles(partial);
        throw;
    }
    return true;
}

} // namespace knotwork::gui
