/**
 * Activities (活动管理) and the calendar (日程安排): calls, meetings, to-dos and the other activity types,
 * planned and done, recurring, with participants, costs and results, linked to accounts, contacts,
 * opportunities and leads; their timelines show them. Sits at the edge: it uses the customer,
 * contact and sales APIs and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
package dev.guanxi.activity;
