package dev.guanxi.activity.internal;

/** The words of the demo activities, in Chinese for Chinese customers and in English for foreign ones. */
final class DemoActivityTexts {

    private DemoActivityTexts() {
    }

    static String subject(ActivityType type, String about, boolean english) {
        String what = english ? switch (type) {
            case CALL_OUTBOUND -> "Call about";
            case CALL_INBOUND -> "Customer called about";
            case MEETING -> "Meeting on";
            case PRESENTATION -> "Solution presentation:";
            case DEMONSTRATION -> "Product demo:";
            case CORRESPONDENCE -> "Proposal sent:";
            case APPOINTMENT -> "Visit:";
            case TODO -> "Prepare the quote for";
            default -> "Follow up:";
        } : switch (type) {
            case CALL_OUTBOUND -> "电话沟通：";
            case CALL_INBOUND -> "客户来电：";
            case MEETING -> "会议：";
            case PRESENTATION -> "方案汇报：";
            case DEMONSTRATION -> "产品演示：";
            case CORRESPONDENCE -> "发送方案：";
            case APPOINTMENT -> "拜访：";
            case TODO -> "准备报价：";
            default -> "跟进：";
        };
        String subject = english ? what + " " + about : what + about;
        return subject.length() <= 200 ? subject : subject.substring(0, 200);
    }

    static String result(Evaluation evaluation, boolean english) {
        return switch (evaluation) {
            case POSITIVE -> english ? "Good conversation; they agreed on the next step." : "沟通顺利，客户同意推进下一步。";
            case NEUTRAL -> english ? "Questions on price and timing; to be followed up." : "客户对价格和时间有疑问，需继续跟进。";
            case NEGATIVE -> english ? "They are leaning towards a competitor." : "客户倾向于竞争对手。";
        };
    }
}
