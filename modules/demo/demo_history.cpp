#include "demo/demo_history.h"

#include <algorithm>

#include "demo/demo_intake.h"

namespace knotwork::demo {

using boost::gregorian::days;

namespace {

constexpr int kMaintainedPercent = 60;   // of improving clients once their plan ends
constexpr int kReturnPercent = 25;       // of clients whose care ended two or more years ago
constexpr int kYear = 365;

Date lastVisitOf(const DemoCourse& course)
{
    return course.notes.back().visitDate;
}

// A renewal from the referrer of the clearance before it, given a few days before `visit`.
clients::Clearance renewalFor(DemoRandom& random, const clients::Clearance& before, const Date& visit,
                              const std::set<clients::SafetyIssue>& openIssues)
{
    clients::Clearance renewed = before;
    renewed.clearedOn = std::max(before.clearedOn + days(1), visit - days(random.between(0, 10)));
    renewed.recordedAt = Timestamp(boost::posix_time::ptime(renewed.clearedOn, boost::posix_time::hours(17)));
    renewed.expiresOn = renewed.clearedOn + days(random.between(120, kYear));
    renewed.covers = openIssues;
    return renewed;
}

void renewClearances(DemoRandom& random, clients::ClientStore::ImportedClient& file,
                     const std::vector<DemoCourse>& courses)
{
    if (file.clearances.empty())
        return;
    for (const DemoCourse& course : courses)
        for (const sessions::SoapNote& note : course.notes) {
            const clients::Clearance& latest = file.clearances.back();
            if (latest.expiresOn && *latest.expiresOn >= note.visitDate)
                continue;
            const clients::SafetyAssessment onTheDay = clients::assessSafety(safetyRecordOf(file), note.visitDate);
            if (onTheDay.blocksTreatment())
                file.clearances.push_back(renewalFor(random, latest, note.visitDate, onTheDay.openIssues));
        }
}

} // namespace

std::vector<DemoCourse> makeDemoHistory(DemoRandom& random, clients::ClientStore::ImportedClient& file,
                                        const std::string& therapist, const Date& referenceDay)
{
    std::vector<DemoCourse> courses;
    const Date firstVisit = file.screenings.front().screenedAt.utc().date();
    const int maintained = random.percent(kMaintainedPercent) ? random.between(52, 5 * 52) : 0;
    courses.push_back(makeDemoCourse(random, file, 0, therapist, referenceDay, CourseSpan{firstVisit, maintained}));
    if (courses.front().notes.empty())
        return {};
    const Date ended = lastVisitOf(courses.front());
    if (ended + days(2 * kYear) < referenceDay && random.percent(kReturnPercent)) {
        const Date back = ended + days(random.between(kYear, 8 * kYear));
        const int keptOn = random.percent(kMaintainedPercent) ? random.between(26, 4 * 52) : 0;
        if (back < referenceDay - days(7)) {
            DemoCourse again = makeDemoCourse(random, file, 0, therapist, referenceDay, CourseSpan{back, keptOn});
            if (!again.notes.empty())
                courses.push_back(std::move(again));
        }
    }
    renewClearances(random, file, courses);
    file.assessment = clients::assessSafety(safetyRecordOf(file), referenceDay);
    return courses;
}

} // namespace knotwork::demo
