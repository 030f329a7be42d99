#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/filepicker.h>
#include <wx/image.h>
#include <wx/dataview.h>
#include <wx/radiobut.h>
#include <wx/statbmp.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/ui/clearance_dialog.h"
#include "clients/ui/clearance_extension_dialog.h"
#include "clients/ui/withdraw_flag_dialog.h"
#include "clients/ui/consent_dialog.h"
#include "clients/ui/provider_dialog.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"
#include "record_dialog_test.h"
#include "screenshot.h"
#include "support/practice_files.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using namespace testing;

// The smallest PDF a scanner might produce, as far as Knotwork cares: the bytes are kept as they are.
const std::string kLetterBytes = "%PDF-1.4\n% clearance letter\n%%EOF\n";

TEST_F(RecordDialogs, AClearanceWithItsLetterClearsTheStatus)
{
    const clients::ClientId id = clientWith({clients::SafetyIssue::RecentHeadOrNeckTrauma});
    ASSERT_EQ(statusOf(id), clients::SafetyStatus::ClearanceRequired);
    const auto letter = m_practice.folder() / "Clearance – Dr Okafor.pdf";
    knotwork::testing::writeBytes(letter, kLetterBytes);

    auto& dialog = open<clients::ui::ClearanceDialog>(id);
    EXPECT_THAT(ui::toUtf8(child<wxStaticText>(dialog, "clearance.covers").GetLabelText()),
                HasSubstr("Recent head or neck injury"));
    child<wxComboBox>(dialog, "clearance.provider_id").SetValue("Dr Amara Okafor");
    type(dialog, "clearance.conditions", "No neck manipulation for six weeks");
    enterDate(dialog, "clearance.expires_on", m_practice.service().today() + boost::gregorian::days(90));
    pickFile(dialog, "clearance.letter", letter);
    processEvents();
    saveScreenshot(dialog, "clearance-dialog");

    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());
    EXPECT_EQ(statusOf(id), clients::SafetyStatus::Cleared);
    const clients::ClientChart chart = m_practice.service().clients().chart(id);
    ASSERT_EQ(chart.clearances.size(), 1u);
    const clients::Clearance& clearance = chart.clearances[0];
    EXPECT_EQ(clearance.providerName, "Dr Amara Okafor");
    EXPECT_EQ(clearance.conditions, "No neck manipulation for six weeks");
    EXPECT_EQ(clearance.clearedOn, m_practice.service().today());
    ASSERT_TRUE(clearance.letterAttachmentId);
    const clients::Attachment stored = m_practice.service().clients().attachment(*clearance.letterAttachmentId);
    EXPECT_EQ(stored.content, kLetterBytes);
    EXPECT_EQ(stored.mediaType, "application/pdf");
    EXPECT_EQ(stored.fileName, "Clearance – Dr Okafor.pdf");
}

TEST_F(RecordDialogs, AClearanceWithoutAProviderOrWithAMissingLetterIsMarked)
{
    const clients::ClientId id = clientWith({clients::SafetyIssue::VisionChanges});
    auto& dialog = open<clients::ui::ClearanceDialog>(id);
    pickFile(dialog, "clearance.letter", m_practice.folder() / "missing.pdf");
    clickSave(dialog);
    EXPECT_TRUE(dialog.IsShown());
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("clearance.provider_id")), HasSubstr("provider"));
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("clearance.letter")), HasSubstr("missing.pdf"));
    EXPECT_EQ(statusOf(id), clients::SafetyStatus::ReferBeforeTreatment);
}

TEST_F(RecordDialogs, TheClearanceExpiryStartsEmptyAndOnlyATickedOneIsSaved)
{
    const clients::ClientId id = clientWith({clients::SafetyIssue::VisionChanges});
    auto& dialog = open<clients::ui::ClearanceDialog>(id);
    auto& expires = child<wxCheckBox>(dialog, "clearance.expires_on.known");
    auto& day = child<wxDatePickerCtrl>(dialog, "clearance.expires_on.date");
    EXPECT_FALSE(expires.IsChecked());
    EXPECT_FALSE(day.GetValue().IsValid()) << "no expiry is suggested, today or any other day";
    EXPECT_FALSE(day.IsEnabled());
    saveScreenshot(dialog, "clearance-dialog-new");

    // Ticked, it offers a day to change; unticked again, it is empty again.
    tick(dialog, "clearance.expires_on.known");
    EXPECT_TRUE(day.IsEnabled());
    EXPECT_TRUE(day.GetValue().IsValid());
    tick(dialog, "clearance.expires_on.known", false);
    EXPECT_FALSE(day.GetValue().IsValid());

    child<wxComboBox>(dialog, "clearance.provider_id").SetValue("Dr Amara Okafor");
    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());
    EXPECT_FALSE(m_practice.service().clients().chart(id).clearances.at(0).expiresOn);
}

TEST_F(RecordDialogs, NothingToClearLeavesSaveOff)
{
    const clients::ClientId id = clientWith({});
    auto& dialog = open<clients::ui::ClearanceDialog>(id);
    EXPECT_FALSE(dialog.FindWindow(wxID_OK)->IsEnabled());
}

TEST_F(RecordDialogs, AFlagIsWithdrawnOnlyWithItsReasonAndDetails)
{
    const clients::ClientId id = clientWith({clients::SafetyIssue::FeverOrSystemicIllness, clients::SafetyIssue::VisionChanges});
    auto& dialog = open<clients::ui::WithdrawFlagDialog>(id);
    EXPECT_EQ(child<wxChoice>(dialog, "withdrawal.issue").GetCount(), 2u);
    clickSave(dialog);
    EXPECT_TRUE(dialog.IsShown());
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("withdrawal.details")), HasSubstr("required"));

    type(dialog, "withdrawal.details", "Dr Okafor by phone 2026-11-22: flu, resolved");
    saveScreenshot(dialog, "withdraw-flag-dialog");
    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());
    const clients::ClientChart chart = m_practice.service().clients().chart(id);
    ASSERT_EQ(chart.withdrawals.size(), 1u);
    EXPECT_EQ(chart.withdrawals[0].issue, clients::SafetyIssue::FeverOrSystemicIllness);
    EXPECT_EQ(chart.withdrawals[0].reason, clients::WithdrawalReason::ResolvedConfirmedByProvider);
    EXPECT_EQ(statusOf(id), clients::SafetyStatus::ReferBeforeTreatment) << "vision changes stay on record";
}

TEST_F(RecordDialogs, ALapsedClearanceIsExtendedWithAReason)
{
    const clients::ClientId id = clientWith({clients::SafetyIssue::ClusterHeadache});
    clients::Clearance given;
    given.providerName = "Dr Amara Okafor";
    given.clearedOn = m_practice.service().today() - boost::gregorian::days(1);
    given.expiresOn = m_practice.service().today() - boost::gregorian::days(1);
    m_practice.service().recordClearance(id, given, std::nullopt);
    const clients::ClientChart chart = m_practice.service().clients().chart(id);
    ASSERT_TRUE(m_practice.service().assess(chart).extendableClearanceId);

    auto& dialog = open<clients::ui::ClearanceExtensionDialog>(id, chart.clearances.front());
    clickSave(dialog);
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("extension.reason")), HasSubstr("required"));
    type(dialog, "extension.reason", "Nothing new since; the new letter is on its way");
    saveScreenshot(dialog, "clearance-extension-dialog");
    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());
    EXPECT_EQ(statusOf(id), clients::SafetyStatus::Cleared);
    EXPECT_EQ(m_practice.service().clients().chart(id).clearances.front().extension->extendedTo,
              m_practice.service().today() + boost::gregorian::days(30));
}

TEST_F(RecordDialogs, AProviderIsSavedOnceItHasANameAndAValidEmail)
{
    auto& dialog = open<clients::ui::ProviderDialog>(std::nullopt);
    type(dialog, "email", "okafor@");
    clickSave(dialog);
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("name")), HasSubstr("required"));
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("email")), HasSubstr("email address"));
    EXPECT_EQ(m_practice.service().providers().count(), 0);
    saveScreenshot(dialog, "provider-dialog-validation");

    type(dialog, "name", "Dr Amara Okafor");
    type(dialog, "email", "okafor@bayview.example");
    choose(dialog, "role", 0);
    type(dialog, "clinic", "Bayview Physio");
    clickSave(dialog);
    ASSERT_EQ(dialog.GetReturnCode(), wxID_OK) << ui::toUtf8(dialog.topMessage());
    const clients::Provider saved = m_practice.service().providers().get(dialog.savedProviderId());
    EXPECT_EQ(saved.name, "Dr Amara Okafor");
    EXPECT_EQ(saved.role, clients::ProviderRole::PhysicalTherapist);
    EXPECT_EQ(saved.clinic, "Bayview Physio");
}

TEST_F(RecordDialogs, ConsentsAreAddedAndRevokedWithADate)
{
    clients::Provider neurologist;
    neurologist.name = "Dr Noor Haddad";
    neurologist.role = clients::ProviderRole::Neurologist;
    const clients::ProviderId neurologistId = m_practice.service().saveProvider(neurologist);
    const clients::ClientId id = clientWith({});
    const Date today = m_practice.service().today();

    auto& dialog = open<clients::ui::ConsentDialog>(id);
    type(dialog, "consent.wording_version", "2026-01");
    click(dialog, "consent.add");
    ASSERT_EQ(dialog.consents().size(), 1u) << ui::toUtf8(dialog.topMessage());
    EXPECT_EQ(dialog.consents()[0].kind, clients::ConsentKind::Treatment);
    EXPECT_EQ(dialog.consents()[0].wordingVersion, "2026-01");

    // Sharing needs the provider it is for.
    auto& share = child<wxRadioButton>(dialog, "consent.kind.share_records");
    share.SetValue(true);
    wxCommandEvent chosen(wxEVT_RADIOBUTTON, share.GetId());
    chosen.SetEventObject(&share);
    share.ProcessWindowEvent(chosen);
    click(dialog, "consent.add");
    EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("consent.provider_id")), HasSubstr("provider"));
    choose(dialog, "consent.provider_id", 0);
    click(dialog, "consent.add");
    ASSERT_EQ(dialog.consents().size(), 2u) << ui::toUtf8(dialog.topMessage());
    EXPECT_EQ(dialog.consents()[1].providerId, neurologistId);
    ui::TextTable& list = dialog.list();
    EXPECT_TRUE(dynamic_cast<wxDataViewCtrl*>(&child<wxWindow>(dialog, "consent.list"))) << "a native list";
    EXPECT_EQ(list.cell(1, 1), "Dr Noor Haddad");
    EXPECT_EQ(ui::accessibleCellText(list, 1, 1), "Dr Noor Haddad") << "a reader gets the cell";
    EXPECT_EQ(ui::accessibleName(list), "Consents on file");

    dialog.setRevokeDatePrompt([&](const clients::Consent&) { return std::optional<Date>(today); });
    list.selectRow(1);
    EXPECT_EQ(ui::accessibleSelectedRow(list), 1);
    processEvents();
    click(dialog, "consent.revoke");
    saveScreenshot(dialog, "consent-dialog");
    const clients::ClientChart chart = m_practice.service().clients().chart(id);
    ASSERT_EQ(chart.consents.size(), 2u);
    EXPECT_EQ(chart.consents[1].revokedOn, today);
    EXPECT_FALSE(chart.consents[0].revokedOn);
    EXPECT_FALSE(clients::mayShareWith(chart.consents, neurologistId, today));
    EXPECT_FALSE(child<wxButton>(dialog, "consent.revoke").IsEnabled()) << "a revoked consent cannot be revoked again";

    click(*dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL)));
    EXPECT_EQ(dialog.GetReturnCode(), wxID_OK) << "something was saved";
}

TEST_F(RecordDialogs, AcceptingTheCancellationPolicyFillsInThePolicysCurrentVersion)
{
    schedule::CancellationPolicy policy = m_practice.practice().stores().schedule().cancellationPolicy();
    policy.text = "Please give 24 hours' notice of a cancellation.";
    policy.version = "2026-2";
    m_practice.practice().stores().schedule().setCancellationPolicy(policy);
    const clients::ClientId id = clientWith({});

    auto& dialog = open<clients::ui::ConsentDialog>(id);
    const auto choose = [&dialog](const char* name) {
        auto& kind = child<wxRadioButton>(dialog, name);
        kind.SetValue(true);
        wxCommandEvent chosen(wxEVT_RADIOBUTTON, kind.GetId());
        chosen.SetEventObject(&kind);
        kind.ProcessWindowEvent(chosen);
    };
    auto& version = child<wxTextCtrl>(dialog, "consent.wording_version");
    choose("consent.kind.cancellation_policy");
    EXPECT_EQ(ui::toUtf8(version.GetValue()), "2026-2");
    choose("consent.kind.treatment");
    EXPECT_EQ(ui::toUtf8(version.GetValue()), "") << "the policy's version is not the consent form's";
    choose("consent.kind.cancellation_policy");
    click(dialog, "consent.add");
    ASSERT_EQ(dialog.consents().size(), 1u) << ui::toUtf8(dialog.topMessage());
    EXPECT_EQ(dialog.consents()[0].kind, clients::ConsentKind::CancellationPolicy);
    EXPECT_EQ(dialog.consents()[0].wordingVersion, "2026-2");
    EXPECT_EQ(dialog.list().cell(0, 0), "Acceptance of the cancellation policy");
    EXPECT_EQ(ui::toUtf8(version.GetValue()), "2026-2") << "ready for the next client's acceptance";

    type(dialog, "consent.wording_version", "2025-1");
    choose("consent.kind.treatment");
    choose("consent.kind.cancellation_policy");
    EXPECT_EQ(ui::toUtf8(version.GetValue()), "2025-1") << "what the person typed stays";
}

} // namespace
} // namespace knotwork::gui
