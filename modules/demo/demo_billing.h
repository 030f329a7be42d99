#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "billing/billing_store.h"
#include "schedule/schedule_store.h"

namespace knotwork::demo {

// The demo practice's last twelve months of billing, once its book is written: fees on the
// services, 13 % HST, the cancellation policy's fees, and every completed visit checked out on its
// day (mostly by card or e-transfer, some cash and cheques, tips now and then, a few paid in part
// and settled later, the last days' few still owing), a few late cancellations and missed visits
// charged, a couple of prepaid packages used visit by visit, gift certificates sold and redeemed,
// and one invoice voided and corrected. `names` are the clients' names as billed. Written as one
// import; the same seed gives the same year.
void fillDemoBilling(billing::BillingStore& billing, schedule::ScheduleStore& book,
                     const std::map<clients::ClientId, std::string>& names, std::uint64_t seed,
                     const Date& referenceDay);

} // namespace knotwork::demo
