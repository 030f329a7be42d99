#include "demo/demo_practice.h"

#include <algorithm>

#include "demo/demo_intake.h"
#include "demo/demo_notes.h"
#include "demo/demo_plans.h"
#include "demo/demo_people.h"

namespace knotwork::demo {

using namespace knotwork::clients;

namespace {

constexpr int kBatch = 1000;

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

    std::vector<ClientStore::ImportedClient> batch;
    batch.reserve(kBatch);
    for (int done = 0; done < options.clients;) {
        batch.clear();
        const int size = std::min(kBatch, options.clients - done);
        for (int i = 0; i < size; ++i)
            batch.push_back(makeDemoClientFile(random, directory, options.referenceDay));
        const std::vector<ClientId> ids = stores.clients.importClients(batch);
        std::vector<sessions::SoapNote> batchNotes;
        DemoPlanRecords batchPlans;
        for (std::size_t i = 0; options.sessionNotes && i < ids.size(); ++i) {
            DemoCourse course = makeDemoCourse(notesRandom, batch[i], ids[i], therapist, options.referenceDay);
            addDemoPlan(plansRandom, batch[i], ids[i], course, therapist, options.referenceDay, batchPlans);
            std::move(course.notes.begin(), course.notes.end(), std::back_inserter(batchNotes));
        }
        stores.notes.importNotes(batchNotes);
        stores.plans.importRecords(batchPlans.plans, batchPlans.measures);
        done += size;
        if (progress && !progress(done, options.clients))
            return false;
    }
    return true;
}

} // namespace knotwork::demo
