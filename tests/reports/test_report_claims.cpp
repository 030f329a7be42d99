// A progress report claims only what was recorded (issue 18): the home programme is what the
// signed notes of the period gave, in the therapist's words as well as the items chosen; a plan
// template's text is never presented as the therapist's; a goal's baseline that was never
// measured is not printed as a measurement. Read from the pages as laid out (what the PDF and the
// preview draw), over the services as both front ends use them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "plans/plan_template.h"
#include "pdf_reader.h"
#include "reports/progress_report.h"
#include "support/diagnosed_client.h"
#include "support/in_memory_practice.h"
#include "support/sample_report.h"
#include "support/signed_visit.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const Date kToday(2026, 11, 30);

TEST(ReportClaims, TheHomeProgrammeIsWhatTheSignedNotesGaveNotWhatThePlanListed)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(6, Date(2026, 9, 7));
    // The plan lists more than was ever given at a visit.
    data.plan->plan.homeProgramme.insert({sessions::HomeCare::Sleep, sessions::HomeCare::PhysicalActivity});
    data.notes[4].plan.homeCareNotes = "Chin tucks, 10 slow repetitions after each long drive";
    data.notes[4].plan.homeCare.insert(sessions::HomeCare::Stretches);
    PdfDocument measurer;
    const std::string text = drawnText(layoutProgressReport(data, measurer));

    EXPECT_THAT(text, HasSubstr("Home programme given"));
    EXPECT_THAT(text, HasSubstr("Suboccipital self-release with a ball: given at 6 of 6 visits"));
    EXPECT_THAT(text, HasSubstr("Neck and shoulder stretches: given at 1 of 6 visits"));
    EXPECT_THAT(text, Not(HasSubstr("Sleep 7–9 hours"))) << "planned, never given";
    EXPECT_THAT(text, Not(HasSubstr("Physical activity")));
    // The therapist's words, each wording once with the visits that gave it.
    EXPECT_THAT(text, HasSubstr("Ball release twice a day, 30 s of gentle nodding"));
    EXPECT_THAT(text, HasSubstr("(5 visits)"));
    EXPECT_THAT(text, HasSubstr("Chin tucks, 10 slow repetitions after each long drive"));
}

TEST(ReportClaims, AGoalsBaselineThatWasNeverMeasuredSaysSoAndNoProgressIsComputedFromIt)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(6, Date(2026, 9, 7));
    data.chart.intake.headache.headacheDaysPerMonth.reset();  // the plan's 17 days is then on no record
    PdfDocument measurer;
    const std::string text = drawnText(layoutProgressReport(data, measurer));
    EXPECT_THAT(text, HasSubstr("17 days\nnot measured"));
    EXPECT_THAT(text, HasSubstr("no progress is computed from it"));
    EXPECT_THAT(text, Not(HasSubstr("fewer days)"))) << "no responder status from an unmeasured baseline";
    EXPECT_THAT(text, HasSubstr("55°")) << "the rotation baseline was measured at the first visit";
}

// Over the services: a cervicogenic plan started from the built-in template, whose home-programme
// text names the physical therapist's prescription; two signed visits; and today's unsigned draft.
class ReportClaimsFromTheRecord : public ::testing::Test {
protected:
    ReportClaimsFromTheRecord()
    {
        m_client = knotwork::testing::diagnosedClient(clients(), {clients::HeadacheType::Cervicogenic});
        clients::Provider provider;
        provider.name = "Dr Amara Okafor, PT";
        provider.role = clients::ProviderRole::PhysicalTherapist;
        m_recipient = clients().saveProvider(provider);
        clients::Consent consent;
        consent.kind = clients::ConsentKind::ShareRecords;
        consent.providerId = m_recipient;
        consent.givenOn = Date(2026, 9, 1);
        clients().recordConsent(m_client, consent);

        for (const Date& visit : {Date(2026, 10, 5), Date(2026, 10, 19)})
            knotwork::testing::signSampleVisit(m_practice.sessionService, m_client, visit, [](sessions::SoapNote& note) {
                note.plan.homeCare = {sessions::HomeCare::SuboccipitalBallRelease, sessions::HomeCare::Sleep};
                note.plan.homeCareNotes = "Lights out by 11; ball release before bed";
            });
        plans::TreatmentPlan plan = m_practice.planService.planFromTemplate(m_client, -2, Date(2026, 10, 5)).plan;
        m_templateText = plan.homeProgrammeNotes;
        m_planId = m_practice.planService.addPlan(plan);

        sessions::SoapNote draft = m_practice.sessionService.openNote(m_client, Date(2026, 11, 2), std::nullopt);
        draft.plan.homeCare = {sessions::HomeCare::CaffeineModeration};
        draft.plan.homeCareNotes = "Switch the afternoon coffee to decaf";
        m_practice.sessionService.saveDraft(draft);
    }

    clients::ClientService& clients() { return m_practice.clientService; }

    std::string reportText()
    {
        sharing::ProgressReportRequest request;
        request.client = m_client;
        request.recipient = m_recipient;
        PdfDocument measurer;
        return drawnText(layoutProgressReport(m_practice.sharingService.progressReport(request), measurer));
    }

    knotwork::testing::InMemoryPractice m_practice{Clock::stoppedOn(kToday), "Maya"};
    clients::ClientId m_client = 0;
    clients::ProviderId m_recipient = 0;
    plans::PlanId m_planId = 0;
    std::string m_templateText;
};

TEST_F(ReportClaimsFromTheRecord, TheSignedNotesHomeCareIsPrintedInTheTherapistsWords)
{
    const std::string text = reportText();
    EXPECT_THAT(text, HasSubstr("Suboccipital self-release with a ball: given at 2 of 2 visits"));
    EXPECT_THAT(text, HasSubstr("Sleep 7–9 hours: given at 2 of 2 visits"));
    EXPECT_THAT(text, HasSubstr("Lights out by 11; ball release before bed"));
}

TEST_F(ReportClaimsFromTheRecord, TheTemplatesTextIsNotPrintedUntilTheTherapistMakesItTheirs)
{
    ASSERT_THAT(m_templateText, HasSubstr("physical therapist prescribed"));
    EXPECT_THAT(reportText(), Not(HasSubstr("prescribed")));
    EXPECT_THAT(reportText(), Not(HasSubstr("Home programme planned")));
    EXPECT_THAT(reportText(), Not(HasSubstr("Stress reduction"))) << "the template's items were never given";

    plans::TreatmentPlan plan = m_practice.planService.records().plan(m_planId);
    plan.homeProgrammeNotes = "Chin tucks as Dr Okafor prescribed on 1 Oct; ball release before bed.";
    m_practice.planService.updatePlan(plan);
    const std::string text = reportText();
    EXPECT_THAT(text, HasSubstr("Home programme planned"));
    EXPECT_THAT(text, HasSubstr("Chin tucks as Dr Okafor prescribed on 1 Oct"));
}

TEST_F(ReportClaimsFromTheRecord, AnUnsignedDraftsHomeCareIsNotPrinted)
{
    const std::string text = reportText();
    EXPECT_THAT(text, Not(HasSubstr("Switch the afternoon coffee to decaf")));
    EXPECT_THAT(text, Not(HasSubstr("Moderate caffeine and stimulants")));
}

} // namespace
} // namespace knotwork::reports
