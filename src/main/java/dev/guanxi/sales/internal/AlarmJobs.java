package dev.guanxi.sales.internal;

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

/** The daily alarm round as a clustered Quartz job ({@code guanxi.sales.alarm-cron}): one node runs it. */
@Configuration(proxyBeanMethods = false)
class AlarmJobs {

    @Bean
    JobDetail opportunityAlarmJob() {
        return JobBuilder.newJob(OpportunityAlarmJob.class).withIdentity("opportunity-alarms", "sales")
                .withDescription("Notifies owners and managers of abnormal opportunities").storeDurably().build();
    }

    @Bean
    Trigger opportunityAlarmTrigger(JobDetail opportunityAlarmJob, @Value("${guanxi.sales.alarm-cron}") String cron) {
        return TriggerBuilder.newTrigger().forJob(opportunityAlarmJob).withIdentity("opportunity-alarms", "sales")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @DisallowConcurrentExecution
    static class OpportunityAlarmJob extends QuartzJobBean {

        @Autowired
        private AlarmNotifier notifier;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            notifier.raise();
        }
    }
}
