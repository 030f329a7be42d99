// MainFrame's menu bar and the actions behind File, Client and Help.
#include <wx/aboutdlg.h>
#include <wx/filedlg.h>
#include <wx/menu.h>

#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "clients/ui/practice_settings_dialog.h"
#include "clients/ui/providers_dialog.h"
#include "common/build_info.h"
#include "common/notifier.h"
#include "common/ui/icons.h"
#include "common/ui/wx_text.h"
#include "common/user_directories.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"

namespace knotwork::gui {

namespace {

// Menu items without a stock id.
enum MenuId : int {
    kExploreDemo = wxID_HIGHEST + 1,
    kPracticeSettings,
    kNewClient,
    kFindClient,
    kNewSessionNote,
    kEditIntake,
    kRecordClearance,
    kConsents,
    kArchive,
    kProviders,
};

wxString practiceWildcard()
{
    return wxString::Format("%s (*.sqlite)|*.sqlite|%s (*)|*", _("Knotwork practices"), _("All files"));
}

wxMenu* fileMenu()
{
    auto* menu = new wxMenu;
    menu->Append(wxID_NEW, _("&New practice…\tCtrl+Shift+N"), _("Create an empty practice file"));
    menu->Append(wxID_OPEN, _("&Open practice…\tCtrl+O"), _("Open another practice file"));
    menu->Append(kExploreDemo, _("&Explore a demo practice…"),
                 _("Open a practice of made-up clients, kept apart from your own"));
    menu->AppendSeparator();
    menu->Append(kPracticeSettings, _("Practice &settings…"),
                 _("Your practice's name, address and letterhead for reports"));
    menu->AppendSeparator();
    menu->Append(wxID_EXIT, _("&Quit\tCtrl+Q"), _("Close Knotwork"));
    return menu;
}

// Ctrl+1 … Ctrl+4 follow the navigation order.
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
    menu->Append(wxID_ABOUT, _("&About Knotwork"), _("Version and credits"));
    return menu;
}

wxMenu* clientMenu()
{
    auto* menu = new wxMenu;
    menu->Append(kNewClient, _("&New client…\tCtrl+N"), _("Add a client with their intake and screening"));
    menu->Append(kFindClient, _("&Find client\tCtrl+F"), _("Search clients by name, phone or email"));
    menu->AppendSeparator();
    menu->Append(kNewSessionNote, _("New &session note\tCtrl+Shift+S"),
                 _("Write the chosen client's note of today's visit, or continue their unsigned note"));
    menu->Append(kEditIntake, _("&Edit intake…\tCtrl+E"), _("Change the chosen client's intake and screening"));
    menu->Append(kRecordClearance, _("&Record clearance…"), _("Record a provider's go-ahead for massage"));
    menu->Append(kConsents, _("&Consents…"), _("Record or revoke the chosen client's consents"));
    menu->Append(kArchive, _("&Archive…"), _("Archive the chosen client, keeping their records"));
    menu->AppendSeparator();
    menu->Append(kProviders, _("&Providers…"), _("The physical therapists, physicians and others you work with"));
    return menu;
}

} // namespace

void MainFrame::buildMenuBar()
{
    const int firstViewId = wxWindow::NewControlId(static_cast<int>(kViews.size()));
    auto* bar = new wxMenuBar;
    bar->Append(fileMenu(), _("&File"));
    bar->Append(clientMenu(), _("&Client"));
    bar->Append(viewMenu(firstViewId), _("&View"));
    bar->Append(helpMenu(), _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseNewPractice(); }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseExistingPractice(); }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exploreDemoPractice(); }, kExploreDemo);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showPracticeSettings(); }, kPracticeSettings);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAbout(); }, wxID_ABOUT);
    Bind(wxEVT_MENU, [this, firstViewId](wxCommandEvent& event) {
        showView(kViews.at(static_cast<size_t>(event.GetId() - firstViewId)));
    }, firstViewId, firstViewId + static_cast<int>(kViews.size()) - 1);
    bindClientMenu();
}

void MainFrame::bindClientMenu()
{
    const auto onClients = [this](auto action) {
        return [this, action](wxCommandEvent&) {
            showView(View::Clients);
            action(*m_pages.clients);
        };
    };
    using clients::ui::ClientListPanel;
    Bind(wxEVT_MENU, onClients([](ClientListPanel& panel) { panel.newClient(); }), kNewClient);
    Bind(wxEVT_MENU, onClients([](ClientListPanel& panel) { panel.focusSearch(); }), kFindClient);
    Bind(wxEVT_MENU, onClients([](ClientListPanel& panel) { panel.chart().editIntake(); }), kEditIntake);
    Bind(wxEVT_MENU, onClients([](ClientListPanel& panel) { panel.chart().recordClearance(); }), kRecordClearance);
    Bind(wxEVT_MENU, onClients([](ClientListPanel& panel) { panel.chart().editConsents(); }), kConsents);
    Bind(wxEVT_MENU, onClients([](ClientListPanel& panel) { panel.chart().archiveOrRestore(); }), kArchive);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { newSessionNote(); }, kNewSessionNote);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showProviders(); }, kProviders);

    const auto needsPractice = [this](wxUpdateUIEvent& event) { event.Enable(clientService() != nullptr); };
    for (const int id : {kPracticeSettings, kNewClient, kFindClient, kProviders})
        Bind(wxEVT_UPDATE_UI, needsPractice, id);
    const auto needsChart = [this](wxUpdateUIEvent& event) {
        event.Enable(m_pages.clients->chart().clientId() != 0);
    };
    for (const int id : {kEditIntake, kConsents})
        Bind(wxEVT_UPDATE_UI, needsChart, id);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(m_pages.clients->chart().clearanceNeeded());
    }, kRecordClearance);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        const clients::ui::ClientChartPanel& chart = m_pages.clients->chart();
        event.Enable(sessionService() && chart.clientId() != 0 && !chart.clientArchived());
    }, kNewSessionNote);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        const clients::ui::ClientChartPanel& chart = m_pages.clients->chart();
        event.Enable(chart.clientId() != 0);
        event.SetText(chart.clientArchived() ? _("Re&store") : _("&Archive…"));
    }, kArchive);
}

void MainFrame::showProviders()
{
    if (clients::ClientService* service = clientService()) {
        clients::ui::ProvidersDialog dialog(this, *service, m_notifier);
        dialog.ShowModal();
        m_pages.clients->chart().reload();  // a renamed provider shows in the chart
    }
}

void MainFrame::showPracticeSettings()
{
    if (clients::ClientService* service = clientService()) {
        clients::ui::PracticeSettingsDialog dialog(this, *service);
        dialog.ShowModal();
    }
}

void MainFrame::chooseNewPractice()
{
    wxFileDialog dialog(this, _("New practice"), ui::pathToWx(userDataDirectory()),
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
    openPractice(file, db::OpenMode::CreateIfMissing);
}

void MainFrame::chooseExistingPractice()
{
    const wxString folder = m_practice ? ui::pathToWx(m_practice->database().path().parent_path())
                                       : ui::pathToWx(userDataDirectory());
    wxFileDialog dialog(this, _("Open practice"), folder, wxEmptyString, practiceWildcard(),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        openPractice(ui::toPath(dialog.GetPath()), db::OpenMode::ExistingOnly);
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
