package dev.guanxi.contact.internal;

import java.util.List;

/**
 * What the demo company's contacts are made of: Chinese family and given names (two-character names
 * such as 张伟 are the ones search must find by two characters), the posts of a buying organisation in
 * Chinese and English per decision role, and the care notes (客户关怀) kept on key decision makers.
 */
final class DemoPeople {

    /** Most frequent first: a name is drawn with a bias towards the front, as in real life. */
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭",
            "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈",
            "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟",
            "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵");

    static final List<String> MEN_SHORT = List.of("伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平",
            "辉", "鹏", "华", "飞", "斌", "波", "宇", "浩", "凯", "健", "俊", "峰", "亮", "林", "东", "海", "鑫", "松");
    static final List<String> WOMEN_SHORT = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷",
            "颖", "琳", "倩", "萍", "雪", "慧", "莉", "晶", "妍", "洁", "红", "梅", "璐");
    static final List<String> MEN_LONG = List.of("建华", "志强", "晓东", "文博", "国庆", "建军", "海涛", "志明", "俊杰",
            "宏伟", "立新", "振宇", "子轩", "浩然", "家豪", "永刚", "德明", "光辉", "春雷", "建平", "文彬", "少华", "明辉", "天宇");
    static final List<String> WOMEN_LONG = List.of("海燕", "春梅", "雨欣", "子涵", "丽娟", "秀英", "晓红", "美玲", "雅琴",
            "欣怡", "婉婷", "静怡", "思雨", "玉兰", "淑华", "丽华", "晓燕", "梦瑶", "嘉欣", "佳怡");

    /** The first Chinese contacts carry the commonest names of all, so every demo has them to search for. */
    static final List<String> COMMONEST = List.of("张伟", "王芳", "李娜", "刘洋", "王静");

    /** Mobile number blocks of the three Chinese carriers. */
    static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181", "182",
            "183", "185", "186", "187", "188", "189", "198", "199");

    /** A post in the customer's organisation: title and department, in Chinese and in English. */
    record Post(DecisionRole role, String title, String department, String englishTitle, String englishDepartment) {
    }

    static final List<Post> POSTS = List.of(
            new Post(DecisionRole.DECISION_MAKER, "总经理", "总经办", "Managing Director", "Management"),
            new Post(DecisionRole.DECISION_MAKER, "董事长", "董事会", "CEO", "Management"),
            new Post(DecisionRole.DECISION_MAKER, "副总经理", "总经办", "General Manager", "Management"),
            new Post(DecisionRole.INFLUENCER, "技术总监", "技术部", "Technical Director", "Engineering"),
            new Post(DecisionRole.INFLUENCER, "生产总监", "生产部", "Operations Director", "Operations"),
            new Post(DecisionRole.INFLUENCER, "财务总监", "财务部", "CFO", "Finance"),
            new Post(DecisionRole.EVALUATOR, "质量经理", "质量部", "Quality Manager", "Quality"),
            new Post(DecisionRole.EVALUATOR, "工艺工程师", "技术部", "Process Engineer", "Engineering"),
            new Post(DecisionRole.EVALUATOR, "技术经理", "技术部", "Technical Manager", "Engineering"),
            new Post(DecisionRole.USER, "生产主管", "生产部", "Production Supervisor", "Operations"),
            new Post(DecisionRole.USER, "车间主任", "生产部", "Plant Manager", "Operations"),
            new Post(DecisionRole.USER, "仓储主管", "物流部", "Warehouse Manager", "Logistics"),
            new Post(DecisionRole.PURCHASER, "采购经理", "采购部", "Purchasing Manager", "Procurement"),
            new Post(DecisionRole.PURCHASER, "采购专员", "采购部", "Procurement Specialist", "Procurement"),
            new Post(DecisionRole.PURCHASER, "采购总监", "采购部", "Head of Procurement", "Procurement"),
            new Post(DecisionRole.GATEKEEPER, "总经理助理", "总经办", "Executive Assistant", "Management"),
            new Post(DecisionRole.GATEKEEPER, "行政经理", "行政部", "Office Manager", "Administration"),
            new Post(DecisionRole.CHAMPION, "项目经理", "项目部", "Project Manager", "Projects"),
            new Post(DecisionRole.CHAMPION, "品类经理", "采购部", "Category Manager", "Procurement"));

    static final List<String> CARE_NOTES = List.of("喜欢打高尔夫，周末常去球场。", "关注交货期和账期，谈判风格直接。",
            "重视长期合作，每年春节前安排拜访。", "技术出身，喜欢看数据和检测报告。", "孩子在读高中，关心教育话题。",
            "茶叶爱好者，偏爱普洱。", "不喝酒，商务宴请宜安排茶叙。", "决策需要集体讨论，提前准备书面方案。");
    static final List<String> ENGLISH_CARE_NOTES = List.of("Prefers short meetings with a clear agenda.",
            "Keen cyclist; visits China twice a year.", "Decides on price only after a plant audit.",
            "Values long-term partnership over price.");

    private DemoPeople() {
    }

    static List<Post> postsFor(DecisionRole role) {
        return POSTS.stream().filter(p -> p.role() == role).toList();
    }
}
