#include "clients/ui/safekeeping_fields.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/choice_controls.h"
#include "common/ui/folder_picker.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

namespace {

constexpr int kOntarioYears = 10;

std::optional<std::string> folderOrNone(const FolderPicker& picker)
{
    std::string folder = picker.folder();
    return folder.empty() ? std::nullopt : std::optional<std::string>(std::move(folder));
}

} // namespace

SafekeepingFields::SafekeepingFields(wxWindow& parent, FieldErrorMarkers& markers)
{
    FormGrid backups(&parent, _("Backups"), markers);
    backups.addNote(_("Knotwork backs up the practice when you quit and at most once a day while it is open. "
                      "One backup is kept for each of the last days, weeks and months below; older ones are removed. "
                      "A second folder on a USB drive or a synced cloud folder keeps a copy off this computer."));
    m_folder = new FolderPicker(backups.parent(), "backup_folder", _("Choose the folder for backups"),
                                _("Empty: the default folder, in Knotwork's data folder"));
    backups.add(_("&Backup folder"), m_folder, FieldWidth::Full);
    m_offsite = new FolderPicker(backups.parent(), "offsite_backup_folder",
                                 _("Choose a second folder for a copy of each backup"),
                                 _("Empty: none, no second copy"));
    backups.add(_("Second (off-s&ite) folder"), m_offsite, FieldWidth::Full);
    m_daily = new NumberField(backups.parent(), "keep_daily_backups", {1, 60, 1, 0}, _("days (1\u201360)"));
    backups.add(_("&Daily backups kept"), m_daily, FieldWidth::Natural);
    m_weekly = new NumberField(backups.parent(), "keep_weekly_backups", {0, 104, 1, 0}, _("weeks (0\u2013104)"));
    backups.add(_("&Weekly backups kept"), m_weekly, FieldWidth::Natural);
    m_monthly = new NumberField(backups.parent(), "keep_monthly_backups", {0, 240, 1, 0}, _("months (0\u2013240)"));
    backups.add(_("Monthl&y backups kept"), m_monthly, FieldWidth::Natural);
    m_warningDays = new NumberField(backups.parent(), "backup_warning_days", {1, 90, 1, 0}, _("days (1\u201390)"));
    backups.add(_("Warn when the last bac&kup is older than"), m_warningDays, FieldWidth::Natural);
    m_backups = backups.sizer();

    FormGrid retention(&parent, _("Record retention"), markers);
    retention.addNote(_("How long each client's record must be kept after their last visit. Knotwork lists the "
                        "records past retention and never deletes one by itself."));
    m_rule = new wxChoice(retention.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize,
                          choiceLabels<RetentionRule>(), 0, wxDefaultValidator, "retention_rule");
    retention.add(_("Retention r&ule"), m_rule, FieldWidth::Natural);
    m_years = new NumberField(retention.parent(), "retention_years", {1, 100, 1, 0},
                              _("after the last visit (1\u2013100)"));
    retention.add(_("&Number of years"), m_years, FieldWidth::Natural);
    m_retention = retention.sizer();

    m_rule->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        followRule();
        event.Skip();  // the form notices the change
    });
}

void SafekeepingFields::show(const BackupSettings& backup, const RetentionSettings& retention)
{
    m_folder->setFolder(backup.folder.value_or(""));
    m_offsite->setFolder(backup.offsiteFolder.value_or(""));
    m_daily->setValue(backup.keepDaily);
    m_weekly->setValue(backup.keepWeekly);
    m_monthly->setValue(backup.keepMonthly);
    m_warningDays->setValue(backup.warningDays);
    m_rule->SetSelection(choiceIndex(retention.rule));
    m_plainYears = retention.years;
    followRule();
}

void SafekeepingFields::followRule()
{
    const bool plain = choiceAt<RetentionRule>(m_rule->GetSelection()) == RetentionRule::YearsAfterLastVisit;
    if (m_years->IsEnabled() && !plain) {
        Validator ignored;  // a half-typed number is simply not kept
        m_plainYears = m_years->readWhole(ignored).value_or(m_plainYears);
    }
    m_years->setValue(plain ? m_plainYears : kOntarioYears);
    m_years->Enable(plain);
}

void SafekeepingFields::read(BackupSettings& backup, RetentionSettings& retention, Validator& problems) const
{
    backup.folder = folderOrNone(*m_folder);
    backup.offsiteFolder = folderOrNone(*m_offsite);
    // Left empty or not a whole number: a value the rule refuses, so the message names the range.
    backup.keepDaily = m_daily->readWhole(problems).value_or(-1);
    backup.keepWeekly = m_weekly->readWhole(problems).value_or(-1);
    backup.keepMonthly = m_monthly->readWhole(problems).value_or(-1);
    backup.warningDays = m_warningDays->readWhole(problems).value_or(-1);
    retention.rule = choiceAt<RetentionRule>(m_rule->GetSelection());
    retention.years = retention.rule == RetentionRule::YearsAfterLastVisit ? m_years->readWhole(problems).value_or(-1)
                                                                           : kOntarioYears;
}

} // namespace knotwork::clients::ui
