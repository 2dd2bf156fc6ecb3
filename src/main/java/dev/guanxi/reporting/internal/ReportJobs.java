package dev.guanxi.reporting.internal;

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
 * The scheduled sales reports as a clustered Quartz job ({@code guanxi.reports.cron}, hourly): each
 * subscriber has their own hour in their own time zone, so the job runs every hour and sends what is due.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobs {

    @Bean
    JobDetail salesReportJob() {
        return JobBuilder.newJob(SalesReportJob.class).withIdentity("sales-reports", "reporting")
                .withDescription("Mails the daily, weekly and monthly sales reports to their subscribers").storeDurably().build();
    }

    @Bean
    Trigger salesReportTrigger(JobDetail salesReportJob, @Value("${guanxi.reports.cron}") String cron) {
        return TriggerBuilder.newTrigger().forJob(salesReportJob).withIdentity("sales-reports", "reporting")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @DisallowConcurrentExecution
    static class SalesReportJob extends QuartzJobBean {

        @Autowired
        private ReportMailing mailing;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            mailing.sendDue(Instant.now());
        }
    }
}
