package dev.guanxi.activity.internal;

import java.time.Instant;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The reminder round every minute ({@code guanxi.activity.reminder-cron}) and the morning lists every hour
 * ({@code guanxi.activity.today-cron}; each user gets theirs when their own clock shows 8), as clustered
 * Quartz jobs: each firing runs on one node.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJobs {

    @Bean
    JobDetail activityReminderJob() {
        return JobBuilder.newJob(ReminderJob.class).withIdentity("activity-reminders", "activity")
                .withDescription("Reminders before activities start, and overdue alerts").storeDurably().build();
    }

    @Bean
    Trigger activityReminderTrigger(JobDetail activityReminderJob, @Value("${guanxi.activity.reminder-cron}") String cron) {
        return TriggerBuilder.newTrigger().forJob(activityReminderJob).withIdentity("activity-reminders", "activity")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed()).build();
    }

    @Bean
    JobDetail activityTodayJob() {
        return JobBuilder.newJob(TodayJob.class).withIdentity("activity-today", "activity")
                .withDescription("Each user's list of the day at 8 on their clock").storeDurably().build();
    }

    @Bean
    Trigger activityTodayTrigger(JobDetail activityTodayJob, @Value("${guanxi.activity.today-cron}") String cron) {
        return TriggerBuilder.newTrigger().forJob(activityTodayJob).withIdentity("activity-today", "activity")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed()).build();
    }

    @DisallowConcurrentExecution
    static class ReminderJob extends QuartzJobBean {

        @Autowired
        private ActivityReminders reminders;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            Instant now = Instant.now();
            reminders.remind(now);
            reminders.alertOverdue(now);
        }
    }

    @DisallowConcurrentExecution
    static class TodayJob extends QuartzJobBean {

        @Autowired
        private ActivityReminders reminders;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            reminders.sendTodayLists(Instant.now());
        }
    }
}
