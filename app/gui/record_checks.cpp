#include "app/gui/record_checks.h"

#include <chrono>
#include <wx/dialog.h>
#include <wx/statusbr.h>

#include "app/gui/main_frame.h"
#include "app/gui/missing_key_dialog.h"
#include "app/gui/record_check_run.h"
#include "app/gui/record_check_text.h"
#include "app/gui/record_findings_dialog.h"
#include "app/gui/record_warning_panel.h"
#include "app/gui/recovery_code_dialog.h"
#include "app/gui/status_fields.h"
#include "app/practice/practice_context.h"
#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

using namespace std::chrono_literals;
// Opening stays quick, and a practice closed again at once is never read.
constexpr auto kFirstCheck = 1500ms;
constexpr auto kPoll = 200ms;

int milliseconds(std::chrono::milliseconds span)
{
    return static_cast<int>(span.count());
}

bool aDialogIsOpen()
{
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal())
            return true;
    return false;
}

} // namespace

RecordChecks::RecordChecks(MainFrame& frame) : m_frame(frame)
{
    frame.addMenuItem({.place = clients::ui::MenuPlace::File,
                       .label = _("Check &records…"),
                       .help = _("Check that no record of the practice was changed, removed or added outside Knotwork"),
                       .run = [this] { checkNow(); },
                       .enabled = [this] { return m_frame.practice() != nullptr; },
                       .accelerator = "Ctrl+Shift+K"});
    m_warning = new RecordWarningPanel(frame.todayParent(), [this] { showDetails(); }, [this] { askForKey(); });
    frame.addTodayPanel({m_warning, [this] { return m_warning->warning(); }});
    m_start.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { checkInBackground(); });
    m_poll.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (m_background && m_background->finished())
            finishBackgroundCheck();
    });
    m_filePoll.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (m_frame.practice() && !m_frame.practice()->database().checkingFile())
            finishFileCheck();
    });
}

RecordChecks::~RecordChecks()
{
    stopChecking();
}

bool RecordChecks::keyMissing() const
{
    app::PracticeContext* practice = m_frame.practice();
    return practice && practice->recordKeyMissing();
}

void RecordChecks::practiceChanged()
{
    stopChecking();
    m_filePoll.Stop();
    m_report.reset();
    m_failure.clear();
    m_fileDamage.clear();
    showStatus(m_frame.practice() ? _("Records not checked yet") : wxString());
    showWarning();
    if (!m_frame.practice())
        return;
    m_start.StartOnce(milliseconds(kFirstCheck));
    if (m_frame.practice()->database().checkingFile())
        m_filePoll.Start(milliseconds(kPoll));
    else
        finishFileCheck();
}

void RecordChecks::finishFileCheck()
{
    m_filePoll.Stop();
    app::PracticeContext* practice = m_frame.practice();
    const std::optional<std::string> verdict = practice->database().fileVerdict();
    if (!verdict || *verdict == "ok")
        return;  // intact, or to be checked again by the first save
    try {
        practice->database().requireIntactFile();  // the verdict is in: says why at once
    } catch (const Error& error) {
        m_fileDamage = ui::toWx(error.what());
    }
    stopChecking();  // the records of a damaged file are not checked link by link
    showStatus(wxString());
    showWarning();
    if (!aDialogIsOpen())
        m_frame.notifier().showError(ui::toUtf8(_("The practice file is damaged")), ui::toUtf8(m_fileDamage));
}

void RecordChecks::quitting()
{
    m_filePoll.Stop();
    stopChecking();
}

void RecordChecks::stopChecking()
{
    m_start.Stop();
    m_poll.Stop();
    m_background.reset();  // stops the check at its next step and waits for it
}

void RecordChecks::checkInBackground()
{
    app::PracticeContext* practice = m_frame.practice();
    if (!practice || !m_fileDamage.empty())
        return;
    stopChecking();
    m_background = std::make_unique<RecordCheckRun>(app::PracticeLocation::of(practice->database()),
                                                    practice->database().passphrase());
    showStatus(_("Checking the records…"));
    m_poll.Start(milliseconds(kPoll));
}

void RecordChecks::finishBackgroundCheck()
{
    m_poll.Stop();
    const std::unique_ptr<RecordCheckRun> run = std::move(m_background);
    try {
        checked(run->report());
    } catch (const std::exception& error) {
        // A thread's failure is never the end of the app: it is said like any other.
        failed(ui::toWx(error.what()));
        return;
    }
    // Said at once, unless the person is in the middle of a dialog: then Today and the status bar
    // say it.
    if (m_report && !m_report->intact() && !aDialogIsOpen())
        showDetails();
}

void RecordChecks::checkNow()
{
    app::PracticeContext* practice = m_frame.practice();
    if (!practice)
        return;
    stopChecking();
    const app::PracticeLocation where = app::PracticeLocation::of(practice->database());
    try {
        const std::optional<integrity::IntegrityReport> report =
            checkRecordsShowingProgress(&m_frame, where, practice->database().passphrase());
        if (!report) {
            showStatus(_("Records not checked"));
            return;
        }
        checked(*report);
    } catch (const std::exception& error) {
        failed(ui::toWx(error.what()));
        m_frame.notifier().showError(ui::toUtf8(_("The records could not be checked")), error.what());
        return;
    }
    if (!m_report->intact()) {
        showDetails();
        return;
    }
    m_frame.notifier().showInformation(
        ui::toUtf8(_("Records intact")),
        ui::toUtf8(wxString::Format(_("No record of %s was changed, removed or added outside Knotwork."),
                                    ui::toWx(where.name()))
                   + "\n\n" + recordCheckCounts(*m_report)));
}

void RecordChecks::checked(const integrity::IntegrityReport& report)
{
    m_report = report;
    m_failure.clear();
    showStatus(recordCheckStatus(report));
    showWarning();
}

void RecordChecks::failed(const wxString& reason)
{
    m_report.reset();
    m_failure = reason;
    showStatus(_("Records could not be checked"));
    showWarning();
}

void RecordChecks::showStatus(const wxString& status)
{
    if (!m_frame.GetStatusBar())
        return;
    makeStatusFields(m_frame);
    wxString text = status;
    if (!m_fileDamage.empty())
        text = _("Practice file damaged: nothing can be saved");
    else if (keyMissing())  // what was found still shows; the rest waits for the key
        text = _("Read only: no record key") + (m_report && !m_report->intact() ? "  ·  " + status : wxString());
    m_frame.SetStatusText(text, RecordsStatus);
}

void RecordChecks::showWarning()
{
    const bool findings = m_report && !m_report->intact();
    const bool missing = keyMissing();
    wxString text = m_fileDamage;
    if (missing)
        text += (text.empty() ? wxString() : "\n\n")
              + _("Nothing can be saved: the key that seals this practice's records is not on this computer. "
                  "Enter its recovery code, or start a new key.");
    const wxString problem = findings ? recordCheckWarning(*m_report)
                             : m_failure.empty()
                                 ? wxString()
                                 : wxString::Format(_("The records of this practice could not be checked: %s"), m_failure);
    if (!problem.empty())
        text += (text.empty() ? wxString() : "\n\n") + problem;
    m_warning->warnOf(text, findings, missing);
    m_frame.todayChanged();
}

void RecordChecks::showDetails()
{
    app::PracticeContext* practice = m_frame.practice();
    if (!practice || !m_report || m_report->intact())
        return;
    RecordFindingsDialog dialog(&m_frame, app::PracticeLocation::of(practice->database()), *m_report);
    dialog.ShowModal();
}

void RecordChecks::askForMissingKey()
{
    if (!m_frame.showingDemo())
        askForKey();
}

void RecordChecks::askForKey()
{
    if (!keyMissing())
        return;
    app::PracticeContext& practice = *m_frame.practice();
    MissingKeyDialog dialog(&m_frame, app::PracticeLocation::of(practice.database()),
                            {.restore = [&practice](const std::string& code) { practice.restoreRecordKey(code); },
                             .startNewKey = [&practice] { return practice.replaceRecordKey(); }});
    const int answer = dialog.ShowModal();
    if (dialog.failure()) {
        try {
            std::rethrow_exception(dialog.failure());
        } catch (const Error& error) {
            m_frame.notifier().showError(ui::toUtf8(_("The record key was not changed")), error.what());
        }
    }
    if (answer == MissingKeyDialog::NewKeyStarted && dialog.newKeyCode()) {
        RecoveryCodeDialog code(&m_frame, *dialog.newKeyCode(), RecoveryCodeDialog::Occasion::NewKey);
        code.ShowModal();
    }
    if (answer == MissingKeyDialog::Restored || answer == MissingKeyDialog::NewKeyStarted) {
        m_frame.recordChanged({clients::ui::RecordKind::Practice});
        practiceChanged();  // the key's state, and a check with the key now held
    }
}

void RecordChecks::showNewRecoveryCode()
{
    app::PracticeContext* practice = m_frame.practice();
    if (!practice || m_frame.showingDemo())
        return;
    try {
        const std::optional<std::string> code = practice->pendingRecoveryCode();
        if (!code)
            return;
        RecoveryCodeDialog dialog(&m_frame, *code, RecoveryCodeDialog::Occasion::NewPractice);
        if (dialog.ShowModal() == wxID_OK)
            practice->markRecoveryCodeShown();
    } catch (const Error& error) {
        m_frame.notifier().showError(ui::toUtf8(_("The recovery code could not be shown")), error.what());
    }
}

} // namespace knotwork::gui
