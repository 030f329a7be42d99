#include "app/gui/main_frame.h"

#include <wx/infobar.h>
#include <wx/numformatter.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include "app/gui/backup_actions.h"
#include "app/gui/demo_practice_dialog.h"
#include "app/gui/demo_practice_file.h"
#include "app/gui/features.h"
#include "app/gui/navigation_panel.h"
#include "app/gui/practice_file_menu.h"
#include "app/gui/practice_opening.h"
#include "app/gui/record_checks.h"
#include "app/gui/remembered_server.h"
#include "app/gui/reminder_sending.h"
#include "app/gui/server_changes.h"
#include "app/gui/server_connect_dialog.h"
#include "app/gui/server_connection_watch.h"
#include "app/gui/spoken_status_bar.h"
#include "app/gui/today_view.h"
#include "app/practice/practice_context.h"
#include "db/server_session.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/icons.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "common/user_directories.h"

namespace knotwork::gui {

MainFrame::MainFrame(Notifier& notifier, std::string actor, Clock clock)
    : wxFrame(nullptr, wxID_ANY, _("Knotwork"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE, "knotwork-main"),
      m_connection(std::make_unique<ServerConnectionWatch>(*this, notifier)),
      m_notifier(*m_connection),
      m_actor(std::move(actor)),
      m_clock(std::move(clock)),
      m_ownPractice(defaultPracticePath())
{
    SetIcons(ui::iconBundle("knotwork"));
    buildWindow();
    buildMenuBar();

    SetStatusBar(new SpokenStatusBar(this));
    showPracticeDetails();

    SetMinSize(FromDIP(wxSize(860, 560)));
    SetSize(FromDIP(wxSize(1360, 840)));
    Centre();
    wxPersistentRegisterAndRestore(this, "MainFrame");
    // The first size is roomy for a desktop monitor, and a size remembered from a larger monitor
    // comes back on a 1366×768 laptop.
    ui::keepWithinWorkArea(*this);
}

MainFrame::~MainFrame()
{
    DestroyChildren();  // the views hold the practice's services, which go first
}

void MainFrame::buildWindow()
{
    buildDemoBar();
    m_navigation = new NavigationPanel(this);
    m_today = new TodayView(m_navigation->pageParent(), [this] { showView(View::Clients); });
    m_clients = new clients::ui::ClientListPanel(
        m_navigation->pageParent(), m_notifier,
        {[this] { exploreDemoPractice(); }, [this] { recordChanged({clients::ui::RecordKind::Client}); }});
    m_viewPages[viewKey(View::Today)] = [this](wxWindow*) { return m_today; };
    m_viewPages[viewKey(View::Clients)] = [this](wxWindow*) { return m_clients; };
    installFeatures();
    m_backups = std::make_unique<BackupActions>(*this);
    m_records = std::make_unique<RecordChecks>(*this);
    m_reminders = std::make_unique<ReminderSending>(*this);
    addNavigationViews(*m_navigation, m_viewPages);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_connection->makeBar(this), wxSizerFlags().Expand());
    sizer->Add(m_demoBar, wxSizerFlags().Expand());
    for (wxWindow* bar : m_bars)
        sizer->Add(bar, wxSizerFlags().Expand());
    sizer->Add(m_navigation, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void MainFrame::buildDemoBar()
{
    m_demoBar = new wxInfoBar(this);
    m_demoBar->SetName("demo-banner");
    const wxWindowID openOwn = wxWindow::NewControlId();
    m_demoBar->AddButton(openOwn, _("Open my practice"));
    m_demoBar->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openOwnPractice(); }, openOwn);
}

bool MainFrame::openOwnPractice()
{
    return openChosenPractice(m_ownPractice, db::OpenMode::CreateIfMissing);
}

void MainFrame::installFeatures()
{
    m_features = knotworkFeatures([this] { return practice(); });
    for (const auto& feature : m_features)
        feature->install(*this);
    addPracticeFileItems(*this);
    // Whatever a feature holds open is stored before the window (and the practice) goes.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        for (const auto& feature : m_features)
            feature->practiceClosing();
        m_records->quitting();
        m_reminders->quitting();
        m_backups->quitting();
        event.Skip();
    });
}

clients::ClientService* MainFrame::clientService()
{
    return m_practice ? &m_practice->clientService() : nullptr;
}

bool MainFrame::showingDemo() const
{
    return m_practice && !m_practice->database().onServer() && isDemoPractice(m_practice->database().path());
}

bool MainFrame::onClinicServer() const
{
    return m_practice && m_practice->database().onServer();
}

void MainFrame::showView(View view)
{
    m_navigation->select(static_cast<size_t>(view));
}

View MainFrame::currentView() const
{
    return kViews.at(m_navigation->selection());
}

bool MainFrame::exploreDemoPractice(int clientCount)
{
    const std::filesystem::path file = demoPracticePath();
    if (!std::filesystem::exists(file)
        && !createDemoPracticeShowingProgress(this, m_notifier, file, clientCount, m_actor, m_clock.today()))
        return false;
    if (!openPractice(file, db::OpenMode::ExistingOnly))
        return false;
    showView(View::Clients);
    return true;
}

bool MainFrame::openPractice(const app::PracticeLocation& where, db::OpenMode mode, const std::string& passphrase)
{
    try {
        // A practice on a server is made there by knotwork-cli init (docs/CLINIC-SERVER.md), never
        // by connecting to the wrong database.
        auto practice = where.onServer()
            ? app::openPracticeAt(where, db::OpenMode::ExistingOnly, m_actor, m_clock)
            : openAskingPassphrase(this, where.file(), mode, m_actor, m_clock, passphrase);
        if (!practice)
            return false;  // the person cancelled the passphrase: nothing to say
        adopt(std::move(practice), where);
        return true;
    } catch (const Error& error) {
        m_notifier.showError(ui::toUtf8(_("Could not open the practice")), error.what());
        return false;
    }
}

void MainFrame::adopt(std::unique_ptr<app::PracticeContext> practice, const app::PracticeLocation& where)
{
    closePractice();
    m_practice = std::move(practice);
    if (!showingDemo()) {
        m_ownPractice = where;
        rememberLastPracticeOnServer(where.onServer());
        if (const db::ServerAddress* server = where.server())
            rememberServer(app::ServerLogin::of(*server));
    }
    practiceChanged();
    if (const auto& backup = m_practice->backupBeforeUpgrade())
        m_notifier.showInformation(
            ui::toUtf8(_("Practice upgraded")),
            ui::toUtf8(wxString::Format(_("%s was upgraded to work with this version of Knotwork. A copy of it as it "
                                          "was is kept at %s."),
                                        ui::toWx(where.display()), ui::pathToWx(*backup))));
}

bool MainFrame::connectToClinicServer(const std::optional<app::ServerLogin>& prefill, const std::string& problem)
{
    const std::optional<app::ServerLogin> shown = prefill ? prefill : rememberedServer();
    const std::string kept = shown ? keptServerPassword(*shown).value_or("") : "";
    std::unique_ptr<app::PracticeContext> opened;
    std::optional<app::PracticeLocation> where;
    ServerConnectDialog dialog(this, shown, kept, [&](const app::ServerLogin& login, const std::string& password) {
        where.emplace(login.address(password));
        opened = app::openPracticeAt(*where, db::OpenMode::ExistingOnly, m_actor, m_clock);
    }, problem);
    if (dialog.ShowModal() != wxID_OK || !opened)
        return false;
    try {
        keepServerPassword(dialog.login(), dialog.rememberPassword() ? dialog.password() : std::string());
    } catch (const Error& error) {
        m_notifier.showError(ui::toUtf8(_("The password was not remembered")), error.what());
    }
    adopt(std::move(opened), *where);
    askWhatThePracticeLacks();
    return true;
}

bool MainFrame::openLastPractice()
{
    const std::optional<app::ServerLogin> server = rememberedServer();
    if (!lastPracticeOnServer() || !server)
        return openChosenPractice(defaultPracticePath(), db::OpenMode::CreateIfMissing);
    const std::optional<std::string> kept = keptServerPassword(*server);
    try {
        // Without a kept password libpq may still find one (~/.pgpass); else the dialog asks.
        const app::PracticeLocation where(server->address(kept.value_or("")));
        adopt(app::openPracticeAt(where, db::OpenMode::ExistingOnly, m_actor, m_clock), where);
        askWhatThePracticeLacks();
        return true;
    } catch (const Error& error) {
        return connectToClinicServer(server, kept ? error.what() : std::string());
    }
}

void MainFrame::closePractice()
{
    if (!m_practice)
        return;
    // Nothing may reach the old practice's services from here on.
    for (const auto& feature : m_features)
        feature->practiceClosing();
    m_serverChanges.reset();
    m_practice.reset();
    practiceChanged();
}

bool MainFrame::changePracticeFile(const PracticeFileChange& change)
{
    if (!m_practice || onClinicServer())
        return false;  // the server's administrator restores and encrypts it (docs/CLINIC-SERVER.md)
    const std::filesystem::path file = m_practice->database().path();
    std::string passphrase = m_practice->database().passphrase();
    closePractice();
    bool changed = true;
    try {
        passphrase = change(file, passphrase);
    } catch (const Error& error) {
        m_notifier.showError(ui::toUtf8(_("Nothing was changed")), error.what());
        changed = false;
    }
    return openPractice(file, db::OpenMode::ExistingOnly, passphrase) && changed;
}

bool MainFrame::openChosenPractice(const app::PracticeLocation& where, db::OpenMode mode)
{
    if (!openPractice(where, mode))
        return false;
    askWhatThePracticeLacks();
    return true;
}

void MainFrame::askWhatThePracticeLacks()
{
    // Once the window shows it, so a question comes over the practice it is about.
    CallAfter([this, practice = m_practice.get()] {
        if (m_practice.get() != practice)
            return;  // another practice was opened meanwhile
        m_records->askForMissingKey();  // before a feature's question saves anything
        for (const auto& feature : m_features)
            feature->practiceShown();
        m_records->showNewRecoveryCode();
    });
}

void MainFrame::reconnected()
{
    for (const clients::ui::RecordKind kind : clients::ui::kEveryRecordKind)
        recordChanged({kind});
}

void MainFrame::practiceChanged()
{
    const ServiceSet services = m_practice ? m_practice->services() : ServiceSet{};
    for (const auto& feature : m_features)
        feature->practiceChanged(services);
    m_backups->practiceChanged();
    m_records->practiceChanged();
    m_reminders->practiceChanged();
    m_connection->practiceChanged();
    m_today->showWhatThereIs();
    showPracticeDetails();
    m_serverChanges = watchServerChanges(*this, m_practice ? &m_practice->database() : nullptr);
}

void MainFrame::showPracticeDetails()
{
    if (!m_practice) {
        SetTitle(_("Knotwork"));
        SetStatusText(_("No practice open: use File › Open practice… or New practice…"));
        m_demoBar->Dismiss();
        return;
    }
    long long clients = 0;
    std::string practiceName;
    try {
        clients = m_practice->clientService().clients().count({}, m_practice->clientService().today());
        practiceName = m_practice->clientService().settings().practiceName;
    } catch (const Error&) {
        // The title and status bar go without the name and count; the views report what failed.
    }
    const wxString count = wxString::Format(wxPLURAL("%s client", "%s clients", clients),
                                            wxNumberFormatter::ToString(static_cast<long>(clients)));
    if (onClinicServer()) {
        showServerDetails(ui::toWx(practiceName), count);
    } else if (showingDemo()) {
        const std::filesystem::path& file = m_practice->database().path();
        SetTitle(_("Demo practice (synthetic clients) — Knotwork"));
        SetStatusText(wxString::Format(_("Demo practice with synthetic clients  ·  %s  ·  %s  ·  %s"),
                                       ui::pathToWx(file.filename()), count, ui::pathToWx(file.parent_path())));
        m_demoBar->ShowMessage(_("This is a demo practice: every client in it is made up. Nothing you "
                                 "do here touches your own practice."),
                               wxICON_INFORMATION);
    } else {
        const std::filesystem::path& file = m_practice->database().path();
        SetTitle(wxString::Format(_("%s — Knotwork"), practiceName.empty() ? ui::pathToWx(file.filename())
                                                                           : ui::toWx(practiceName)));
        SetStatusText(wxString::Format(_("%s  ·  %s  ·  %s"), ui::pathToWx(file.filename()), count,
                                       ui::pathToWx(file.parent_path()))
                      + (m_practice->database().encrypted() ? _("  ·  Encrypted") : wxString()));
        m_demoBar->Dismiss();
    }
}

void MainFrame::showServerDetails(const wxString& practiceName, const wxString& count)
{
    const app::PracticeLocation where = app::PracticeLocation::of(m_practice->database());
    const wxString server = ui::toWx(where.name());
    SetTitle(wxString::Format(_("%s — Knotwork"), practiceName.empty() ? server : practiceName));
    const bool encrypted = db::serverConnectionEncrypted(m_practice->database().session());
    SetStatusText(wxString::Format(_("Clinic server  ·  %s  ·  %s  ·  %s"), server, count,
                                   encrypted ? _("Encrypted connection") : _("Unencrypted connection")));
    m_demoBar->Dismiss();
}

} // namespace knotwork::gui
