#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "clients/validation.h"

namespace knotwork::clients {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;

const Date kToday(2026, 11, 23);

IntakeRecord validRecord()
{
    IntakeRecord record;
    record.client.familyName = "Nguyễn";
    record.client.givenNames = "An";
    record.client.email = "an.nguyen@example.com";
    record.client.phone = "+1 (416) 555-0142";
    record.client.dateOfBirth = Date(1988, 4, 2);
    record.intake.headache.headacheDaysPerMonth = 12;
    record.intake.headache.usualIntensity = 6;
    return record;
}

std::vector<FieldProblem> problemsOf(const IntakeRecord& record)
{
    Validator validator;
    validateIntake(record, kToday, validator);
    return validator.problems();
}

TEST(IntakeValidation, AFullyValidIntakeHasNoProblem)
{
    EXPECT_TRUE(problemsOf(validRecord()).empty());
}

TEST(IntakeValidation, NamesAreRequired)
{
    IntakeRecord record = validRecord();
    record.client.familyName = "  ";
    record.client.givenNames = "";
    const auto problems = problemsOf(record);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].field, "family_name");
    EXPECT_EQ(problems[0].rule, "required");
    EXPECT_EQ(problems[0].message, "Family name is required.");
    EXPECT_EQ(problems[1].field, "given_names");
}

TEST(IntakeValidation, EveryProblemIsReportedAtOnceWithFieldAndRule)
{
    IntakeRecord record = validRecord();
    record.client.email = "an@";
    record.client.dateOfBirth = Date(2027, 1, 1);
    record.intake.headache.headacheDaysPerMonth = 32;
    record.intake.headache.usualIntensity = 11;
    record.intake.lifestyle.sleepHours = 25.5;
    EXPECT_THAT(problemsOf(record),
                ElementsAre(Field(&FieldProblem::field, "date_of_birth"), Field(&FieldProblem::field, "email"),
                            Field(&FieldProblem::field, "headache.days_per_month"),
                            Field(&FieldProblem::field, "headache.usual_intensity"),
                            Field(&FieldProblem::field, "lifestyle.sleep_hours")));
    const auto problems = problemsOf(record);
    EXPECT_EQ(problems[2].rule, "range");
    EXPECT_EQ(problems[2].message, "Headache days per month must be between 0 and 31; 32 is outside.");
    EXPECT_EQ(problems[4].message, "Sleep hours per night must be between 0 and 24; 25.5 is outside.");
    EXPECT_EQ(problems[0].rule, "not-in-future");
}

TEST(IntakeValidation, ThrowingCarriesEveryProblemAndNamesTheFirst)
{
    IntakeRecord record = validRecord();
    record.client.phone = "call me";
    record.intake.lifestyle.stress = -1;
    Validator validator;
    validateIntake(record, kToday, validator);
    try {
        validator.throwIfAny();
        FAIL();
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "phone");
        EXPECT_EQ(error.problems().size(), 2u);
        EXPECT_THAT(error.what(), HasSubstr("Phone must be a phone number"));
    }
}

TEST(IntakeValidation, LongTextIsAcceptedUpToTheLimitInCharactersNotBytes)
{
    IntakeRecord record = validRecord();
    std::string notes;
    for (int i = 0; i < 20000; ++i)
        notes += "ễ";  // three bytes each
    record.client.notes = notes;
    EXPECT_TRUE(problemsOf(record).empty());
    record.client.notes += "x";
    ASSERT_EQ(problemsOf(record).size(), 1u);
    EXPECT_EQ(problemsOf(record)[0].rule, "max-length");
}

TEST(IntakeValidation, ADiagnosisNamesWhoMadeIt)
{
    IntakeRecord record = validRecord();
    record.diagnoses.push_back({HeadacheType::Cervicogenic, std::nullopt, "", Date(2026, 3, 1), ""});
    ASSERT_EQ(problemsOf(record).size(), 1u);
    EXPECT_EQ(problemsOf(record)[0].field, "diagnoses[0].provider_id");
    record.diagnoses[0].diagnosedBy = "Dr Okafor (physiotherapist)";
    EXPECT_TRUE(problemsOf(record).empty());
}

TEST(IntakeValidation, ADiagnosisCodeIsCopiedAsAProviderWritesAnICD10Code)
{
    IntakeRecord record = validRecord();
    record.diagnoses.push_back({HeadacheType::TensionType, std::nullopt, "Dr Okafor", Date(2026, 3, 1), ""});
    for (const char* code : {"", "G44.209", "G44.86", "R51", "G44.2"})
        EXPECT_TRUE((record.diagnoses[0].icd10Code = code, problemsOf(record).empty())) << code;
    for (const char* code : {"tension", "G4", "G44.20999", "g44.209", "G44-209"}) {
        record.diagnoses[0].icd10Code = code;
        ASSERT_EQ(problemsOf(record).size(), 1u) << code;
        EXPECT_EQ(problemsOf(record)[0].field, "diagnoses[0].icd10_code");
        EXPECT_EQ(problemsOf(record)[0].rule, "icd10");
    }
}

TEST(ClearanceValidation, NeedsProviderDateAndSensibleExpiry)
{
    Clearance clearance;
    Validator validator;
    validateClearance(clearance, std::nullopt, kToday, validator);
    EXPECT_THAT(validator.problems(), ElementsAre(Field(&FieldProblem::field, "clearance.provider_id"),
                                                  Field(&FieldProblem::field, "clearance.cleared_on")));
    clearance.providerName = "Dr Okafor";
    clearance.clearedOn = Date(2026, 11, 20);
    clearance.expiresOn = Date(2026, 11, 1);
    Attachment letter;
    letter.fileName = "letter.docx";
    letter.content = "x";
    Validator second;
    validateClearance(clearance, letter, kToday, second);
    EXPECT_THAT(second.problems(), ElementsAre(Field(&FieldProblem::field, "clearance.expires_on"),
                                               Field(&FieldProblem::field, "clearance.letter")));
}

TEST(ConsentValidation, SharingNamesAProviderAndTreatmentAFormVersion)
{
    Consent share;
    share.kind = ConsentKind::ShareRecords;
    share.givenOn = kToday;
    Validator validator;
    validateConsent(share, kToday, validator);
    EXPECT_THAT(validator.problems(), ElementsAre(Field(&FieldProblem::field, "consent.provider_id")));
    Consent treatment;
    treatment.givenOn = kToday;
    Validator second;
    validateConsent(treatment, kToday, second);
    EXPECT_THAT(second.problems(), ElementsAre(Field(&FieldProblem::field, "consent.wording_version")));
}

TEST(Consents, ActiveFromTheDayGivenUntilTheDayRevoked)
{
    Consent share;
    share.kind = ConsentKind::ShareRecords;
    share.providerId = 7;
    share.givenOn = Date(2026, 3, 1);
    share.revokedOn = Date(2026, 9, 1);
    const std::vector consents{share};
    EXPECT_FALSE(mayShareWith(consents, 7, Date(2026, 2, 28)));
    EXPECT_TRUE(mayShareWith(consents, 7, Date(2026, 3, 1)));
    EXPECT_TRUE(mayShareWith(consents, 7, Date(2026, 8, 31)));
    EXPECT_FALSE(mayShareWith(consents, 7, Date(2026, 9, 1)));
    EXPECT_FALSE(mayShareWith(consents, 8, Date(2026, 5, 1)));
    EXPECT_FALSE(hasTreatmentConsent(consents, Date(2026, 5, 1)));
}

} // namespace
} // namespace knotwork::clients
