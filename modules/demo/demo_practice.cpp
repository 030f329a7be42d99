#include "demo/demo_practice.h"

#include <algorithm>
#include <map>
#include <span>

#include "demo/demo_billing.h"
#include "demo/demo_book.h"
#include "demo/demo_history.h"
#include "demo/demo_intake.h"
#include "demo/demo_notes.h"
#include "demo/demo_plans.h"
#include "demo/demo_people.h"

namespace knotwork::demo {

using namespace knotwork::clients;

namespace {

// Clients written per store import. Each import is a savepoint inside the demo's one transaction,
// and SQLite's in-memory statement journal makes a statement's cost grow with the pages the
// savepoint has written so far: at 1,000 clients a batch that was a quarter of the twenty-year
// demo's time.
constexpr int kBatch = 100;

// How many of each role a practice's directory holds, per 100 providers.
constexpr std::pair<ProviderRole, int> kProviderMix[] = {
    {ProviderRole::PhysicalTherapist, 35}, {ProviderRole::Physician, 25}, {ProviderRole::Chiropractor, 15},
    {ProviderRole::Neurologist, 10}, {ProviderRole::Dentist, 5}, {ProviderRole::Osteopath, 5},
    {ProviderRole::Psychologist, 5},
};

PracticeSettings demoSettings()
{
    PracticeSettings settings;
    settings.practiceName = "Harbourside Massage (demo practice)";
    settings.therapistName = "Ana Lima";
    settings.credentials = "RMT";
    settings.licenceNumber = "DEMO-0000";
    settings.address = "210 Harbour Street, Suite 4\nToronto ON M5J 0A1";
    settings.phone = "+1 416 555 0100";
    settings.email = "hello@harbourside.example.com";
    return settings;
}

DemoProviders addProviders(DemoRandom& random, ProviderStore& store, int clients)
{
    DemoProviders providers;
    const int count = std::max(8, clients / 40);
    for (const auto& [role, share] : kProviderMix) {
        const int ofRole = std::max(1, count * share / 100);
        for (int i = 0; i < ofRole; ++i) {
            Provider provider = makeDemoProvider(random, role);
            provider.id = store.add(provider);
            providers.all.push_back(provider);
        }
    }
    return providers;
}

// An archived client's reason fits their course: "Finished treatment" only for a completed plan.
void tellWhyArchived(ClientStore::ImportedClient& file, const DemoCourse& course, const plans::TreatmentPlan* plan)
{
    Client& client = file.record.client;
    if (!client.archived)
        return;
    const bool finished = plan ? plan->status == plans::PlanStatus::Completed
                               : course.kind == CourseKind::Improving && course.notes.size() >= 12;
    client.archiveReason = finished ? "Finished treatment" : "Moved away";
}

// The client's courses of care: one from the first visit to the reference day, or over years of
// history as many as their story has (demo_history.h).
std::vector<DemoCourse> coursesOf(DemoRandom& random, ClientStore::ImportedClient& file, const std::string& therapist,
                                  const DemoOptions& options)
{
    if (options.years)
        return makeDemoHistory(random, file, therapist, options.referenceDay);
    std::vector<DemoCourse> courses;
    courses.push_back(makeDemoCourse(random, file, 0, therapist, options.referenceDay));
    return courses;
}

// The notes of every course, oldest first.
std::vector<sessions::SoapNote> notesOfEveryCourse(std::vector<DemoCourse>& courses)
{
    std::vector<sessions::SoapNote> notes;
    for (DemoCourse& course : courses)
        std::move(course.notes.begin(), course.notes.end(), std::back_inserter(notes));
    return notes;
}

} // namespace

bool fillDemoPractice(const DemoStores& stores, const DemoOptions& options,
                      const DemoProgress& progress)
{
    DemoRandom random(options.seed);
    // Notes draw from their own stream, so the clients of a seed stay the same as notes change.
    DemoRandom notesRandom(options.seed ^ 0x5E55105ull);
    DemoRandom plansRandom(options.seed ^ 0x91A45ull);
    PracticeSettings practice = demoSettings();
    practice.rowVersion = stores.settings.load().rowVersion;
    const std::string therapist = practice.therapistName + ", " + practice.credentials;
    stores.settings.save(practice, std::nullopt, std::nullopt);
    const DemoProviders directory = addProviders(random, stores.providers, options.clients);
    DemoBook book(stores.schedule, options.seed ^ 0xB00Cull, options.referenceDay);

    std::vector<ClientStore::ImportedClient> batch;
    batch.reserve(kBatch);
    std::map<ClientId, std::string> names;  // as billed
    for (int done = 0; done < options.clients;) {
        batch.clear();
        const int size = std::min(kBatch, options.clients - done);
        std::vector<std::vector<sessions::SoapNote>> clientNotes;
        DemoPlanRecords batchPlans;
        std::vector<std::size_t> plansOf{0};     // the batch's plans of client i: plansOf[i] … plansOf[i + 1]
        std::vector<std::size_t> measuresOf{0};
        for (int i = 0; i < size; ++i) {
            batch.push_back(makeDemoClientFile(random, directory, options.referenceDay, options.years));
            if (options.sessionNotes) {
                std::vector<DemoCourse> courses = coursesOf(notesRandom, batch.back(), therapist, options);
                for (const DemoCourse& course : courses)
                    addDemoPlan(plansRandom, batch.back(), 0, course, therapist, options.referenceDay, batchPlans);
                tellWhyArchived(batch.back(), courses.empty() ? DemoCourse{} : courses.back(),
                                batchPlans.plans.size() > plansOf.back() ? &batchPlans.plans.back() : nullptr);
                clientNotes.push_back(notesOfEveryCourse(courses));
                book.placeVisits(clientNotes.back());
            }
            plansOf.push_back(batchPlans.plans.size());
            measuresOf.push_back(batchPlans.measures.size());
        }
        const std::vector<ClientId> ids = stores.clients.importClients(batch);
        for (std::size_t i = 0; i < ids.size(); ++i)
            names[ids[i]] = fullName(batch[i].record.client);
        std::vector<sessions::SoapNote> batchNotes;
        std::vector<std::size_t> notesOf{0};
        for (std::size_t i = 0; i < clientNotes.size(); ++i) {
            for (sessions::SoapNote& note : clientNotes[i])
                note.clientId = ids[i];
            for (std::size_t p = plansOf[i]; p < plansOf[i + 1]; ++p)
                batchPlans.plans[p].clientId = ids[i];
            for (std::size_t m = measuresOf[i]; m < measuresOf[i + 1]; ++m)
                batchPlans.measures[m].clientId = ids[i];
            std::move(clientNotes[i].begin(), clientNotes[i].end(), std::back_inserter(batchNotes));
            notesOf.push_back(batchNotes.size());
        }
        const std::vector<sessions::NoteId> noteIds = stores.notes.importNotes(batchNotes);
        const std::vector<plans::PlanId> planIds = stores.plans.importRecords(batchPlans.plans, batchPlans.measures);
        for (std::size_t p = 0; p < planIds.size(); ++p)
            batchPlans.plans[p].id = planIds[p];
        std::vector<schedule::Appointment> visits;
        for (std::size_t i = 0; i < clientNotes.size(); ++i) {
            const std::span<const sessions::SoapNote> notes(batchNotes.data() + notesOf[i], notesOf[i + 1] - notesOf[i]);
            const std::span<const plans::TreatmentPlan> plans(batchPlans.plans.data() + plansOf[i],
                                                              plansOf[i + 1] - plansOf[i]);
            book.bookClient(ids[i], notes, std::span(noteIds).subspan(notesOf[i], notes.size()), plans,
                            !batch[i].record.client.archived, visits);
        }
        stores.schedule.importAppointments(visits);
        done += size;
        if (progress && !progress(done, options.clients))
            return false;
    }
    if (options.sessionNotes)
        fillDemoBilling(stores.billing, stores.schedule, names, options.seed ^ 0xB111ull, options.referenceDay);
    return true;
}

} // namespace knotwork::demo
