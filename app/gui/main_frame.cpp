#include "gui/main_frame.h"

#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/icons.h"
#include "common/ui/wx_text.h"
#include "db/practice_opener.h"
#include "gui/navigation_panel.h"

namespace knotwork::gui {

MainFrame::MainFrame(Notifier& notifier, std::string actor)
    : wxFrame(nullptr, wxID_ANY, _("Knotwork"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE, "knotwork-main"),
      m_notifier(notifier),
      m_actor(std::move(actor))
{
    SetIcons(ui::iconBundle("knotwork"));
    buildMenuBar();
    buildNavigation();

    CreateStatusBar();
    showPracticeDetails();

    SetMinSize(FromDIP(wxSize(860, 560)));
    SetSize(FromDIP(wxSize(1180, 760)));
    Centre();
    wxPersistentRegisterAndRestore(this, "MainFrame");
}

MainFrame::~MainFrame() = default;

void MainFrame::buildNavigation()
{
    m_navigation = new NavigationPanel(this);
    addNavigationViews(*m_navigation, {[this](View view) { showView(view); },
                                       [this] { chooseExistingPractice(); }});
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_navigation, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void MainFrame::showView(View view)
{
    m_navigation->select(static_cast<size_t>(view));
}

View MainFrame::currentView() const
{
    return kViews.at(m_navigation->selection());
}

bool MainFrame::openPractice(const std::filesystem::path& file, db::OpenMode mode)
{
    try {
        db::OpenedPractice opened = db::openPractice(file, mode, m_actor);
        m_practice = std::move(opened.database);
        showPracticeDetails();
        if (opened.backupBeforeUpgrade)
            m_notifier.showInformation(
                ui::toUtf8(_("Practice upgraded")),
                ui::toUtf8(wxString::Format(
                    _("%s was upgraded to work with this version of Knotwork. A copy of it as it "
                      "was is kept at %s."),
                    ui::pathToWx(file), ui::pathToWx(*opened.backupBeforeUpgrade))));
        return true;
    } catch (const Error& error) {
        m_notifier.showError(ui::toUtf8(_("Could not open the practice")), error.what());
        return false;
    }
}

void MainFrame::showPracticeDetails()
{
    if (!m_practice) {
        SetTitle(_("Knotwork"));
        SetStatusText(_("No practice open: use File › Open practice… or New practice…"));
        return;
    }
    const std::filesystem::path& file = m_practice->path();
    SetTitle(wxString::Format(_("%s — Knotwork"), ui::pathToWx(file.filename())));
    SetStatusText(wxString::Format(_("%s  ·  %s"), ui::pathToWx(file.filename()),
                                   ui::pathToWx(file.parent_path())));
}

} // namespace knotwork::gui
