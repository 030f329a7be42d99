// MainFrame's menu bar: File, Client (the features' items), View and Help.
#include <wx/aboutdlg.h>
#include <wx/filedlg.h>
#include <wx/menu.h>

#include "app/gui/main_frame.h"
#include "app/gui/menu_shortcuts.h"
#include "app/practice/practice_context.h"
#include "common/build_info.h"
#include "common/notifier.h"
#include "common/ui/file_dialogs.h"
#include "common/ui/icons.h"
#include "common/ui/wx_text.h"
#include "common/user_directories.h"

namespace knotwork::gui {

namespace {

wxString practiceWildcard()
{
    return wxString::Format("%s (*.sqlite)|*.sqlite|%s (*)|*", _("Knotwork practices"), _("All files"));
}

// Ctrl+1 … Ctrl+5 follow the navigation order.
wxMenu* viewMenu(int firstId)
{
    auto* menu = new wxMenu;
    int id = firstId;
    for (const View view : kViews) {
        const int position = id - firstId + 1;
        menu->Append(id++, wxString::Format("%s\tCtrl+%d", viewLabel(view), position),
                     wxString::Format(_("Show %s"), viewLabel(view)));
    }
    return menu;
}

wxMenu* helpMenu()
{
    auto* menu = new wxMenu;
    menu->Append(wxID_ABOUT, _("&About Knotwork") + "\tF1", _("Version and credits"));
    return menu;
}

// A label with its shortcut after a tab, as wx shows it in the menu and installs it.
wxString withShortcut(const wxString& label, const wxString& accelerator)
{
    return accelerator.empty() ? label : label + "\t" + accelerator;
}

} // namespace

void MainFrame::buildMenuBar()
{
    auto* file = new wxMenu;
    file->Append(wxID_NEW, withShortcut(_("&New practice…"), "Ctrl+Shift+N"), _("Create an empty practice file"));
    file->Append(wxID_OPEN, withShortcut(_("&Open practice…"), "Ctrl+O"), _("Open another practice file"));
    const wxWindowID connect = wxWindow::NewControlId();
    file->Append(connect, withShortcut(_("Connect to a c&linic server…"), "Ctrl+Shift+F"),
                 _("Open the practice your office keeps on its clinic server"));
    const wxWindowID exploreDemo = wxWindow::NewControlId();
    file->Append(exploreDemo, withShortcut(_("&Explore a demo practice…"), "Ctrl+Shift+D"),
                 _("Open a practice of made-up clients, kept apart from your own"));
    appendFeatureItems(*file, clients::ui::MenuPlace::File);
    file->AppendSeparator();
    file->Append(wxID_EXIT, withShortcut(_("&Quit"), "Ctrl+Q"), _("Close Knotwork"));

    auto* client = new wxMenu;
    appendFeatureItems(*client, clients::ui::MenuPlace::Client);

    const int firstViewId = wxWindow::NewControlId(static_cast<int>(kViews.size()));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(client, _("&Client"));
    bar->Append(viewMenu(firstViewId), _("&View"));
    bar->Append(helpMenu(), _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseNewPractice(); }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseExistingPractice(); }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exploreDemoPractice(); }, exploreDemo);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { connectToClinicServer(); }, connect);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAbout(); }, wxID_ABOUT);
    Bind(wxEVT_MENU, [this, firstViewId](wxCommandEvent& event) {
        showView(kViews.at(static_cast<size_t>(event.GetId() - firstViewId)));
    }, firstViewId, firstViewId + static_cast<int>(kViews.size()) - 1);
    putMenuShortcutsFirst(*this);
}

void MainFrame::appendFeatureItems(wxMenu& menu, clients::ui::MenuPlace place)
{
    for (const clients::ui::MenuItem& item : m_menuItems) {
        if (item.place != place)
            continue;
        if (item.separatorBefore && menu.GetMenuItemCount() > 0)
            menu.AppendSeparator();
        const wxWindowID id = wxWindow::NewControlId();
        menu.Append(id, withShortcut(item.label, item.accelerator), item.help);
        Bind(wxEVT_MENU, [run = item.run](wxCommandEvent&) { run(); }, id);
        if (item.enabled || item.relabel)
            Bind(wxEVT_UPDATE_UI, [this, id, item](wxUpdateUIEvent& event) {
                const bool enabled = !item.enabled || item.enabled();
                if (item.enabled)
                    event.Enable(enabled);
                if (item.relabel)
                    event.SetText(withShortcut(item.relabel(), item.accelerator));
                if (item.whyDisabled && GetMenuBar()) {
                    const wxString why = enabled ? wxString() : item.whyDisabled();
                    const wxString help = why.empty() ? item.help : why;
                    if (GetMenuBar()->GetHelpString(id) != help)
                        GetMenuBar()->SetHelpString(id, help);
                }
            }, id);
    }
}

void MainFrame::chooseNewPractice()
{
    ui::FileDialog dialog(this, _("New practice"), ui::pathToWx(userDataDirectory()),
                          _("New practice.sqlite"), practiceWildcard(), wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK)
        return;
    std::filesystem::path file = ui::toPath(dialog.GetPath());
    if (file.extension().empty())
        file += ".sqlite";
    if (std::filesystem::exists(file)) {
        m_notifier.showError(ui::toUtf8(_("Could not create the practice")),
                             ui::toUtf8(wxString::Format(
                                 _("%s already exists. Choose another name, or use File › Open "
                                   "practice… to open it."), ui::pathToWx(file))));
        return;
    }
    openChosenPractice(file, db::OpenMode::CreateIfMissing);
}

void MainFrame::chooseExistingPractice()
{
    const wxString folder = m_practice && !m_practice->database().onServer()
        ? ui::pathToWx(m_practice->database().path().parent_path())
        : ui::pathToWx(userDataDirectory());
    ui::FileDialog dialog(this, _("Open practice"), folder, wxEmptyString, practiceWildcard(),
                          wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        openChosenPractice(ui::toPath(dialog.GetPath()), db::OpenMode::ExistingOnly);
}

void MainFrame::showAbout()
{
    wxAboutDialogInfo info;
    info.SetName(_("Knotwork"));
    info.SetVersion(ui::toWx(kVersion));
    info.SetDescription(_("Practice management for solo massage therapists: client records, "
                          "safety screening, session notes, treatment plans and progress "
                          "reports, kept on your own computer."));
    info.SetIcon(ui::icon("knotwork", 64).GetIcon(FromDIP(wxSize(64, 64))));
    info.SetCopyright(_("© The Knotwork developers"));
    wxAboutBox(info, this);
}

} // namespace knotwork::gui
