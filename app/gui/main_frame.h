#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <wx/frame.h>

#include "db/database.h"
#include "gui/navigation_views.h"

namespace knotwork {
class Notifier;
}

namespace knotwork::gui {

class NavigationPanel;

// The one window: navigation between the views, the open practice named in the title and status
// bar, File / View / Help menus. Remembers its size and place.
class MainFrame : public wxFrame {
public:
    MainFrame(Notifier& notifier, std::string actor);
    ~MainFrame() override;

    // Opens the practice (creating or upgrading it as needed) in place of the current one. On
    // failure tells the person why, keeps the current practice and returns false.
    bool openPractice(const std::filesystem::path& file, db::OpenMode mode);
    db::Database* practice() { return m_practice.get(); }

    void showView(View view);
    View currentView() const;

private:
    void buildMenuBar();
    void buildNavigation();
    void showPracticeDetails();
    void chooseNewPractice();
    void chooseExistingPractice();
    void showAbout();

    Notifier& m_notifier;
    std::string m_actor;
    NavigationPanel* m_navigation = nullptr;
    std::unique_ptr<db::Database> m_practice;
};

} // namespace knotwork::gui
