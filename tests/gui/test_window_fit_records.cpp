// The windows of the record chain fit a laptop's screen too: the problems a check found (many,
// with long names), the recovery code, and the dialog for a missing record key (the suite is
// instantiated in test_window_fit.cpp).
#include <gtest/gtest.h>

#include "app/gui/missing_key_dialog.h"
#include "app/gui/record_findings_dialog.h"
#include "app/gui/recovery_code_dialog.h"
#include "integrity/chain_key.h"
#include "window_fit_test.h"

namespace knotwork::gui {
namespace {

using testing::WindowFit;

TEST_P(WindowFit, TheRecordCheckDialogs)
{
    integrity::IntegrityReport report;
    report.linksChecked = 123456;
    report.linksUnchecked = 321;
    report.head = integrity::ChainHead{123777, std::string(64, 'a')};
    for (int note = 1; note <= 60; ++note)
        report.findings.push_back({integrity::IntegrityFinding::Area::Chain,
                                   "signed session note " + std::to_string(1000 + note),
                                   "Its content was changed after it was sealed: the body, the signer or the time "
                                   "of signing is not what was signed."});
    report.findings.push_back({integrity::IntegrityFinding::Area::Schema, "trigger session_notes_signed_are_final",
                               "It is missing: a built-in trigger that keeps signed notes from changing was removed."});
    expectFits(show(new RecordFindingsDialog(&frame(), std::filesystem::path("/home/someone/Practices/My practice.sqlite"), report)),
               "record_findings");

    const std::string code = integrity::ChainKey::generate().recoveryCode();
    expectFits(show(new RecoveryCodeDialog(&frame(), code, RecoveryCodeDialog::Occasion::NewPractice)),
               "recovery_code");
    expectFits(show(new RecoveryCodeDialog(&frame(), code, RecoveryCodeDialog::Occasion::NewKey)),
               "recovery_code_new_key");
    expectFits(show(new MissingKeyDialog(&frame(), std::filesystem::path("/home/someone/Practices/My practice.sqlite"), {})),
               "missing_key");
}

} // namespace
} // namespace knotwork::gui
