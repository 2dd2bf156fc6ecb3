package dev.guanxi.notification.internal;

import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The outbox sender as a clustered Quartz job: each round runs on one node. */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    @Bean
    JobDetail mailDeliveryJob() {
        return JobBuilder.newJob(MailDeliveryJob.class).withIdentity("mail-delivery", "notification")
                .withDescription("Sends the pending mails of the outbox").storeDurably().build();
    }

    @Bean
    Trigger mailDeliveryTrigger(JobDetail mailDeliveryJob, @Value("${guanxi.mail.poll-interval:PT30S}") Duration interval) {
        return TriggerBuilder.newTrigger().forJob(mailDeliveryJob).withIdentity("mail-delivery", "notification")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @DisallowConcurrentExecution
    static class MailDeliveryJob extends QuartzJobBean {

        @Autowired
        private MailDelivery delivery;

        @Override
        protected void executeInternal(JobExecutionContext context) {
            delivery.deliverDue();
        }
    }
}
