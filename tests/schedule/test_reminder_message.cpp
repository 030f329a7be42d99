// The reminder's words: the therapist's template filled in with the client's first name, the
// visit's day and time in words and the practice's details; placeholders it does not know are
// refused by name before anything is sent.
#include <gtest/gtest.h>

#include "common/locale_date.h"
#include "schedule/reminder_message.h"
#include "support/refusal.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using knotwork::testing::refusal;

Appointment visitAt(const Date& day, TimeOfDay time)
{
    Appointment appointment;
    appointment.clientId = 12;
    appointment.start = localTimeOn(day, time);
    appointment.minutes = 60;
    appointment.notes = "Left shoulder: supraspinatus tendinopathy, avoid deep work";
    return appointment;
}

ReminderFacts helene()
{
    return {"Hélène", "Côté Massage Thérapie", "555-0142", 48};
}

TEST(ReminderMessage, FillsEveryPlaceholderWithTheVisitsDayAndTimeInWords)
{
    const ReminderTemplate words{
        "{first_name}: {date} {time}",
        "{first_name} / {date} / {time} / {practice_name} / {practice_phone} / {cancellation_policy_hours}"};
    const Date leapDay(2028, 2, 29);
    const ReminderText text = renderReminder(words, visitAt(leapDay, hours(9) + minutes(45)), helene());

    const std::string day = longDate(leapDay);
    const std::string time = shortTime(hours(9) + minutes(45));
    EXPECT_NE(day.find("29"), std::string::npos) << day;
    EXPECT_NE(day.find("2028"), std::string::npos) << day;
    EXPECT_NE(time.find("45"), std::string::npos) << time;
    EXPECT_EQ(text.subject, "Hélène: " + day + " " + time);
    EXPECT_EQ(text.body, "Hélène / " + day + " / " + time + " / Côté Massage Thérapie / 555-0142 / 48");
}

TEST(ReminderMessage, TheDefaultTemplateNamesTheClientTheVisitAndHowToCancel)
{
    const ReminderTemplate words = defaultReminderTemplate();
    EXPECT_NO_THROW(validateReminderTemplate(words));
    const Date day(2026, 11, 30);
    const ReminderText text = renderReminder(words, visitAt(day, hours(14)), helene());

    EXPECT_NE(text.subject.find(longDate(day)), std::string::npos) << text.subject;
    EXPECT_NE(text.body.find("Hélène"), std::string::npos);
    EXPECT_NE(text.body.find(longDate(day)), std::string::npos);
    EXPECT_NE(text.body.find(shortTime(hours(14))), std::string::npos);
    EXPECT_NE(text.body.find("Côté Massage Thérapie"), std::string::npos);
    EXPECT_NE(text.body.find("555-0142"), std::string::npos);
    EXPECT_NE(text.body.find("48 hours"), std::string::npos);
    EXPECT_EQ(text.body.find('{'), std::string::npos) << "every placeholder is filled in";
}

TEST(ReminderMessage, NothingClinicalFromTheAppointmentReachesTheEmail)
{
    const ReminderText text = renderReminder(defaultReminderTemplate(), visitAt(Date(2026, 12, 1), hours(10)), helene());
    EXPECT_EQ(text.body.find("supraspinatus"), std::string::npos);
    EXPECT_EQ(text.subject.find("shoulder"), std::string::npos);
    EXPECT_TRUE(refusal([] { validateReminderTemplate({"Hi", "About {notes}"}); }));
    EXPECT_TRUE(refusal([] { validateReminderTemplate({"Hi", "{diagnosis}"}); }));
}

TEST(ReminderMessage, AnUnknownPlaceholderIsRefusedNamingTheFieldAndThePlaceholder)
{
    const auto problem = refusal([] {
        validateReminderTemplate({"See you {date}", "Hello {first_nmae}, see you at {time}."});
    });
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field(), kReminderBodyField);
    EXPECT_EQ(problem->rule(), "placeholder");
    EXPECT_NE(std::string(problem->what()).find("{first_nmae}"), std::string::npos) << problem->what();

    const auto inSubject = refusal([] { validateReminderTemplate({"{last_name}", "Hello"}); });
    ASSERT_TRUE(inSubject);
    EXPECT_EQ(inSubject->field(), kReminderSubjectField);
    EXPECT_NE(std::string(inSubject->what()).find("{last_name}"), std::string::npos);

    EXPECT_TRUE(refusal([] { renderReminder({"Hi", "{client_email}"}, visitAt(Date(2026, 12, 1), hours(10)), helene()); }))
        << "rendering checks the template too";
}

TEST(ReminderMessage, EveryProblemOfBothFieldsIsListed)
{
    const auto problem = refusal([] { validateReminderTemplate({"{when} {where}", "{who}"}); });
    ASSERT_TRUE(problem);
    ASSERT_EQ(problem->problems().size(), 3u);
    EXPECT_EQ(problem->problems()[0].field, kReminderSubjectField);
    EXPECT_NE(problem->problems()[1].message.find("{where}"), std::string::npos);
    EXPECT_EQ(problem->problems()[2].field, kReminderBodyField);
}

TEST(ReminderMessage, ABraceWithoutItsPartnerIsRefused)
{
    for (const char* body : {"Hello {first_name", "Hello first_name}", "Hello {first {name}"}) {
        const auto problem = refusal([&] { validateReminderTemplate({"Reminder", body}); });
        ASSERT_TRUE(problem) << body;
        EXPECT_EQ(problem->field(), kReminderBodyField) << body;
    }
}

TEST(ReminderMessage, ASubjectMustBeOneLineAndNeitherPartEmpty)
{
    const auto twoLines = refusal([] { validateReminderTemplate({"Reminder\nBcc: someone@example.org", "Hi"}); });
    ASSERT_TRUE(twoLines);
    EXPECT_EQ(twoLines->field(), kReminderSubjectField);
    const auto empty = refusal([] { validateReminderTemplate({"Reminder", "  "}); });
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->field(), kReminderBodyField);
    EXPECT_EQ(empty->rule(), "required");
}

TEST(ReminderMessage, KeepsTheWallClockTimeOnTheDayClocksGoBack)
{
    const Date fallBack(2026, 11, 1);
    const ReminderText text = renderReminder({"{date} {time}", "x"}, visitAt(fallBack, hours(1) + minutes(30)), helene());
    EXPECT_EQ(text.subject, longDate(fallBack) + " " + shortTime(hours(1) + minutes(30)));
}

} // namespace
} // namespace knotwork::schedule
