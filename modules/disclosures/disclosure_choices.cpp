#include "disclosures/disclosure_choices.h"

#include "common/choice_table.h"

namespace knotwork {

namespace {

using disclosures::DocumentKind;

constexpr Choice<DocumentKind> kDocumentKinds[] = {
    {DocumentKind::ProgressReport, "progress_report", N_("Progress report")},
    {DocumentKind::SoapNote, "soap_note", N_("Treatment note")},
    {DocumentKind::IntakeSummary, "intake_summary", N_("Intake summary")},
    {DocumentKind::HomeCareHandout, "home_care_handout", N_("Home-care handout")},
    {DocumentKind::ClientRecord, "client_record", N_("Client's own record")},
    {DocumentKind::Receipt, "receipt", N_("Receipt")},
    {DocumentKind::Statement, "statement", N_("Statement")},
    {DocumentKind::Superbill, "superbill", N_("Superbill")},
};

} // namespace

KNOTWORK_CHOICES(DocumentKind, kDocumentKinds)

} // namespace knotwork
