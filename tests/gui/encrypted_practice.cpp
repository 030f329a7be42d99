#include "encrypted_practice.h"

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"
#include "support/new_client.h"

namespace knotwork::gui::testing {

std::filesystem::path practiceWithOneClient(const std::string& stem, const std::string& passphrase)
{
    const std::filesystem::path file = RunningApp::home() / (stem + ".sqlite");
    std::filesystem::remove(file);
    app::PracticeContext practice(file, db::OpenMode::CreateIfMissing, "tester", RunningApp::mainFrame().clock(),
                                  passphrase);
    practice.clientService().saveIntake(knotwork::testing::newClient(kSecretFamilyName, "Odile"));
    return file;
}

} // namespace knotwork::gui::testing
