package dev.guanxi.sales.web;

import dev.guanxi.sales.internal.OpportunityAlarms;
import dev.guanxi.sales.internal.OpportunityRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An abnormal opportunity in the API: the deal in short, and why it is abnormal ({@code reasons} codes). */
record AlarmView(UUID id, String name, UUID accountId, String accountName, UUID ownerId, String ownerName, String stage,
                 String amount, String currency, LocalDate expectedCloseDate, Instant stageEnteredAt, long daysInStage,
                 Integer maxDaysInStage, Instant lastActivityAt, long idleDays, List<String> reasons) {

    static AlarmView of(OpportunityAlarms.Alarm alarm) {
        OpportunityRow deal = alarm.deal();
        return new AlarmView(deal.id(), deal.name(), deal.accountId(), deal.accountName(), deal.ownerId(), deal.ownerName(),
                deal.stageCode(), deal.amount().toPlainString(), deal.currency(), deal.expectedCloseDate(),
                deal.stageEnteredAt(), alarm.daysInStage(), alarm.maxDaysInStage(), deal.lastActivityAt(),
                alarm.idleDays(), alarm.reasons().stream().map(OpportunityAlarms.Reason::code).toList());
    }
}
