package org.haian.strata.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The demo city as a plan: every record the generator will ask the API for, derived from a fixed random seed and
 * "today", shaped like the seed's figures (seed/000: about 2,000 people, over 1,000 enterprise staff, 30+ media
 * outlets of which 10+ above 50,000 followers, about 40 intermediary organisations with 500+ staff, under 20
 * freelancers; 40 people under listed liaison, 19 with a political arrangement; 66 association members; 23
 * organisations visited; 600+ people benefited from mutual aid; about 400 suggestions, 200+ implemented, about 100
 * written into plans; 198 villages with 277 people, 139 supervisors, 78 projects, 285 households) and spread over the
 * five years before today. Pure: no I/O, the same seed and day give the same plan, so a second run asks for the same
 * records and can recognise those that exist.
 *
 * <p>Records refer to each other by their natural keys in the plan (a person's name, an organisation's name, a
 * cadre's id, a village's name within its township); the loader maps those to the ids the API answers.
 */
public record DemoCity(LocalDate today, List<Township> townships, List<Organisation> organisations,
                       List<Cadre> cadres, List<Person> people, Conference conference, Association association,
                       List<Base> bases, List<Visit> visits, List<AddressBook> addressBooks,
                       List<OpinionForm> opinionForms, List<Summary> summaries, List<Activity> activities,
                       List<Appraisal> appraisals, List<GovernmentMeeting> meetings,
                       List<Consultation> consultations, List<ResearchTopic> research, List<Village> villages,
                       List<Suggestion> suggestions, List<PublicGood> publicGood) {

    public static final long DEFAULT_SEED = 20190604L;

    public static final String ENTERPRISE_STAFF = "ENTERPRISE_STAFF";
    public static final String NEW_MEDIA = "NEW_MEDIA";
    public static final String INTERMEDIARY = "INTERMEDIARY";
    public static final String FREELANCER = "FREELANCER";

    public record Township(String code, String name, int weight) {
        /** The name without 镇 or 街道, as it prefixes local names (李堡, 海安). */
        String shortName() {
            return name.replace("街道", "").replace("镇", "");
        }
    }

    public record Organisation(String name, String kind, String category, String township, int headcount,
                               int influence, Integer followers) {
    }

    public record Cadre(String cadreId, String name, String level, String township, String post) {
    }

    public record Person(String name, String category, String township, String organisation, String role,
                         boolean representative, Profile profile, Arrangement arrangement, Liaison liaison,
                         String archiveReason) {
    }

    public record Profile(String phone, String email, String wechat) {
    }

    public record Arrangement(String body, String level, String post, LocalDate termStart, LocalDate termEnd) {
    }

    public record Liaison(String cadreId, LocalDate since, List<Contact> contacts) {
    }

    public record Contact(LocalDate date, String channel, String notes, List<String> issuesRaised) {
    }

    public record Conference(String name, String convener, List<MemberUnit> units, List<Meeting> meetings) {
    }

    public record MemberUnit(String unit, String category) {
    }

    public record Meeting(LocalDate date, List<String> attendingUnits, String agenda, List<Resolution> resolutions) {
    }

    /** A resolution and the statuses it moves through after the meeting, in order. */
    public record Resolution(String text, String ownerUnit, List<String> statuses) {
    }

    public record Association(String name, List<Branch> branches, List<Member> members) {
    }

    public record Branch(String name, String kind, String township, String system) {
    }

    /** A member and the name of their branch (null: a member at large). */
    public record Member(String person, String branch) {
    }

    public record Base(String name, String category, String township, String anchorOrganisation) {
    }

    public record Visit(String organisation, String township, LocalDate day, String leadCadreId,
                        List<String> visitingCadreIds, List<String> peopleMet, String findings,
                        List<Problem> problems) {
    }

    /** A problem raised on a visit; resolvedOn null: still open. */
    public record Problem(String description, String owner, LocalDate dueOn, LocalDate resolvedOn, String note) {
    }

    public record AddressBook(String township, String keeperCadreId, List<Entry> entries) {
    }

    public record Entry(String person, boolean online) {
    }

    public record OpinionForm(String township, String title, List<String> questions, LocalDate issuedOn,
                              List<String> issuedTo, List<FormReturn> returns) {
    }

    public record FormReturn(String person, LocalDate returnedOn, List<String> answers) {
    }

    public record Summary(String township, int year, int half, String narrative) {
    }

    public record Activity(String township, String category, String kind, String title, LocalDate heldOn,
                           List<String> partnerUnits, List<String> invited, List<String> attended,
                           List<Appeal> appeals) {
    }

    /** An appeal heard at an activity; outcome null: not concluded yet. */
    public record Appeal(String person, String subject, String outcome, LocalDate concludedOn, String note) {
    }

    public record Appraisal(int year, String kind, List<Nominee> nominees, List<Ballot> ballots) {
        public String appraisalId() {
            return year + "-" + kind.toLowerCase().replace('_', '-');
        }
    }

    /** A person (netizens), a media outlet (online media) or an article and its author (online articles). */
    public record Nominee(String person, String organisation, String articleTitle, String articleLink) {
    }

    /** A voter's ballot: indexes into the appraisal's nominees. */
    public record Ballot(String voterId, List<Integer> nominees) {
    }

    public record GovernmentMeeting(String township, String kind, String title, LocalDate heldOn,
                                    List<String> attendees, List<RaisedContribution> contributions) {
    }

    public record RaisedContribution(String person, String text) {
    }

    /** Named beneficiaries (members) or, for a briefing, an audience: one of the two. */
    public record Consultation(String township, String consultant, String field, LocalDate givenOn,
                               List<String> beneficiaries, Integer audience) {
    }

    /** A topic's authors, and its report once in: adopted (adoptedBy) or declined (declineReason). */
    public record ResearchTopic(String title, String category, List<String> authors, String reportTitle,
                                String documentReference, String adoptedBy, LocalDate adoptedOn,
                                String declineReason) {
    }

    public record Village(String township, String name, String kind, List<Agreement> agreements,
                          List<Supervisor> supervisors, List<Project> projects, List<Household> households) {
    }

    /** An agreement with a person; endedOn null: still active. */
    public record Agreement(String person, LocalDate signedOn, LocalDate endedOn, String endReason) {
    }

    public record Supervisor(String person, LocalDate termStart, LocalDate termEnd) {
    }

    public record Project(String person, String project) {
    }

    public record Household(String person, String code, LocalDate pairedOn) {
    }

    /** How far a suggestion goes: every step up to its outcome, none skipped. */
    public enum Outcome { SUBMITTED, REJECTED, ACCEPTED, ADOPTED, IMPLEMENTED, PLANNED }

    /**
     * A suggestion, from a two-way agreement (village name and the agreement's person), a meeting (its title) or
     * neither, and the steps it goes through.
     */
    public record Suggestion(String township, String category, List<String> authors, String topic, String text,
                             String level, String agreementVillage, String agreementPerson, String meeting,
                             Outcome outcome, String rejectReason, String adoptedBy, String implementationNote,
                             LocalDate implementedOn, String documentReference, String plan) {
    }

    public record PublicGood(String township, String category, String kind, String title, LocalDate heldOn,
                             List<String> participants) {
    }

    /** The plan of the demo city for this seed, with every business date in the five years before today. */
    public static DemoCity plan(long seed, LocalDate today) {
        return new Planner(new Random(seed), today).plan();
    }

    public List<Person> peopleOf(String category) {
        return people.stream().filter(person -> person.category().equals(category)).toList();
    }

    private static final class Planner {

        private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤").split("");
        private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文斌宇浩凯婷雪琳晨阳"
                + "海波鹏飞俊峰欣怡子轩梓涵雨萱一鸣思远嘉怡宏亮金龙世荣克虎晓东永生春燕秋月立新卫东振华德胜家乐").split("");
        private static final String[] BRANDS = {"恒力", "华鼎", "联发", "鑫源", "天成", "宏达", "金陵", "江海", "瑞丰",
                "永安", "中洋", "凤山", "鹏程", "新亚", "东方", "通达", "海韵", "盛泰", "润邦", "博远", "嘉禾", "锦程", "明珠",
                "昌盛", "泰和", "华强", "富源", "宝龙", "金鹰", "亚太"};
        private static final String[] INDUSTRIES = {"机械", "纺织", "电子", "新材料", "建材", "食品", "光电", "智能装备",
                "丝绸", "家纺", "汽车零部件", "医药", "环保科技", "电力设备", "锻压", "轴承", "化纤"};
        private static final String[] VILLAGE_CHARS = ("东南西北新前后中胜利光明红星丰收和平兴隆河口桥湾庄港花园林塘"
                + "桑田家富安康青龙凤鸣李曲角雅墩白孙").split("");

        private final Random rnd;
        private final LocalDate today;
        private final LocalDate yesterday;
        private final LocalDate start;
        private final Set<String> usedNames = new LinkedHashSet<>();
        private final List<Township> townships = List.of(
                new Township("haian-subdistrict", "海安街道", 16), new Township("development-zone", "开发区", 16),
                new Township("hi-tech-zone", "高新区", 12), new Township("chengdong", "城东镇", 10),
                new Township("sunzhuang-subdistrict", "孙庄街道", 9), new Township("qutang", "曲塘镇", 9),
                new Township("libao", "李堡镇", 9), new Township("yazhou", "雅周镇", 7),
                new Township("jiaoxie", "角斜镇", 6), new Township("dagong", "大公镇", 6));

        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Cadre> cadres = new ArrayList<>();
        private final Map<String, Person> people = new LinkedHashMap<>();

        Planner(Random rnd, LocalDate today) {
            this.rnd = rnd;
            this.today = today;
            this.yesterday = today.minusDays(1);
            this.start = today.minusYears(5);
        }

        DemoCity plan() {
            organisations();
            cadres();
            registry();
            List<String> listed = liaisons();
            Association association = association(listed);
            List<Visit> visits = visits();
            List<Village> villages = villages();
            List<GovernmentMeeting> meetings = meetings(association);
            return new DemoCity(today, townships, List.copyOf(organisations), List.copyOf(cadres),
                    List.copyOf(people.values()), conference(), association, bases(), visits, addressBooks(),
                    opinionForms(), summaries(visits), activities(), appraisals(), meetings,
                    consultations(association), research(), villages, suggestions(villages, meetings),
                    publicGood());
        }

        // --- the registry ---

        private void organisations() {
            for (String brand : BRANDS) {
                for (int i = 0; i < 5 && organisations.size() < 130; i++) {
                    Township t = township();
                    String industry = INDUSTRIES[rnd.nextInt(INDUSTRIES.length)];
                    boolean foreign = rnd.nextInt(10) == 0;
                    String name = (foreign ? "海安" + brand + industry + "（中外合资）有限公司"
                            : t.shortName() + brand + industry + "有限公司");
                    if (usedNames.add(name)) {
                        organisations.add(new Organisation(name, foreign ? "FOREIGN_INVESTED_ENTERPRISE"
                                : "PRIVATE_ENTERPRISE", ENTERPRISE_STAFF, t.code(), 20 + rnd.nextInt(780),
                                20 + rnd.nextInt(60), null));
                    }
                }
            }
            org("李堡镇民企群英荟", "SOCIAL_ORGANISATION", ENTERPRISE_STAFF, "libao", 60, 70, null);
            String[] outlets = {"海安网", "海安发布", "掌上海安", "海安论坛", "爱海安", "海安头条", "海安生活圈", "凤城网",
                    "海安微视", "海安同城", "海安身边事", "海安吃货", "海安房产网", "海安教育在线", "海安交通广播新媒体",
                    "海安人才网", "海安美食汇", "海安摄影圈", "海安旅游", "海安车友会", "海安宝妈群", "海安体育",
                    "李堡发布", "曲塘在线", "角斜印象", "大公之声", "雅周视界", "城东新闻", "孙庄微生活", "开发区视窗",
                    "高新区在线", "海安老街"};
            for (int i = 0; i < outlets.length; i++) {
                // Eleven outlets above 50,000 followers, the rest smaller: "10+ with over 50,000".
                int followers = i < 11 ? 50_001 + rnd.nextInt(250_000) : 2_000 + rnd.nextInt(45_000);
                org(outlets[i], "MEDIA_OUTLET", NEW_MEDIA, i < 22 ? "haian-subdistrict" : township().code(),
                        2 + rnd.nextInt(14), i < 11 ? 60 + rnd.nextInt(40) : 20 + rnd.nextInt(40), followers);
            }
            // "One centre, four bases" (一中心四基地): the new-media base network.
            org("网络文化传播示范中心", "SOCIAL_ORGANISATION", NEW_MEDIA, "haian-subdistrict", 12, 80, null);
            org("海安义工联", "SOCIAL_ORGANISATION", NEW_MEDIA, "haian-subdistrict", 300, 70, null);
            org("开发区580志愿服务队", "SOCIAL_ORGANISATION", NEW_MEDIA, "development-zone", 120, 60, null);
            org("泛书房", "SOCIAL_ORGANISATION", NEW_MEDIA, "haian-subdistrict", 8, 50, null);
            org("公安微警务", "SOCIAL_ORGANISATION", NEW_MEDIA, "haian-subdistrict", 10, 75, null);
            // The organisations the seed names, the 23 visited among them first.
            org("春雨集团", "INTERMEDIARY_FIRM", INTERMEDIARY, "development-zone", 1_050, 90, null);
            org("海安浙江商会", "SOCIAL_ORGANISATION", INTERMEDIARY, "haian-subdistrict", 3_000, 95, null);
            org("江海企业家俱乐部", "SOCIAL_ORGANISATION", INTERMEDIARY, "haian-subdistrict", 150, 85, null);
            org("海晨律师事务所", "INTERMEDIARY_FIRM", INTERMEDIARY, "haian-subdistrict", 35, 70, null);
            org("海陵律师事务所", "INTERMEDIARY_FIRM", INTERMEDIARY, "haian-subdistrict", 28, 65, null);
            org("中瑞会计师事务所", "INTERMEDIARY_FIRM", INTERMEDIARY, "haian-subdistrict", 40, 70, null);
            org("海安记账协会", "SOCIAL_ORGANISATION", INTERMEDIARY, "haian-subdistrict", 200, 60, null);
            org("中瑞税务师事务所", "INTERMEDIARY_FIRM", INTERMEDIARY, "haian-subdistrict", 30, 75, null);
            String[] firms = {"律师事务所", "会计师事务所", "税务师事务所", "资产评估有限公司", "人力资源服务有限公司",
                    "工程造价咨询有限公司", "知识产权代理有限公司"};
            String[] societies = {"个体劳动者协会", "建筑业协会", "物流协会", "餐饮行业协会", "青年企业家协会", "电子商务协会",
                    "社会工作者协会", "心理咨询师协会", "家庭服务业协会", "志愿者协会"};
            while (count(INTERMEDIARY) < 40) {
                Township t = township();
                boolean firm = rnd.nextBoolean();
                String name = firm ? t.shortName() + BRANDS[rnd.nextInt(BRANDS.length)] + firms[rnd.nextInt(firms.length)]
                        : t.shortName() + societies[rnd.nextInt(societies.length)];
                if (!usedNames.contains(name)) {
                    org(name, firm ? "INTERMEDIARY_FIRM" : "SOCIAL_ORGANISATION", INTERMEDIARY, t.code(),
                            8 + rnd.nextInt(120), 20 + rnd.nextInt(60), null);
                }
            }
            org("町子创意工坊", "STUDIO", FREELANCER, "haian-subdistrict", 6, 60, null);
            org("墨香斋书画工作室", "STUDIO", FREELANCER, "chengdong", 3, 40, null);
            org("青禾写作工作室", "STUDIO", FREELANCER, "hi-tech-zone", 2, 30, null);
        }

        private void org(String name, String kind, String category, String township, int headcount, int influence,
                         Integer followers) {
            usedNames.add(name);
            organisations.add(new Organisation(name, kind, category, township, headcount, influence, followers));
        }

        private long count(String category) {
            return organisations.stream().filter(o -> o.category().equals(category)).count();
        }

        private void cadres() {
            String[] leaders = {"市委副书记", "市人大常委会副主任", "副市长", "市政协副主席", "市委常委、组织部部长",
                    "市委常委、宣传部部长", "市人大常委会副主任", "市政协副主席"};
            for (int i = 0; i < leaders.length; i++) {
                cadres.add(new Cadre(String.format("city-leader-%02d", i + 1), name(), "CITY_LEADERSHIP", null,
                        leaders[i]));
            }
            String[] department = {"市委统战部常务副部长", "市委统战部副部长", "市委统战部副部长", "新的社会阶层人士工作科科长",
                    "党外知识分子工作科科长", "市工商联党组书记"};
            for (int i = 0; i < department.length; i++) {
                cadres.add(new Cadre(String.format("ufd-%02d", i + 1), name(), "DEPARTMENT", null, department[i]));
            }
            for (Township t : townships) {
                cadres.add(new Cadre(t.code() + ".ufd", name(), "TOWNSHIP", t.code(), t.name() + "党委统战委员"));
                cadres.add(new Cadre(t.code() + ".mayor", name(), "TOWNSHIP", t.code(), t.name() + "科技镇长"));
            }
        }

        private void registry() {
            // The two authors the seed names, in Libao's entrepreneurs' circle.
            person("卢克虎", ENTERPRISE_STAFF, "libao", "李堡镇民企群英荟", "总工程师");
            person("王世荣", ENTERPRISE_STAFF, "libao", "李堡镇民企群英荟", "电商平台负责人");
            staff(ENTERPRISE_STAFF, 1_330, new String[]{"总经理", "副总经理", "总工程师", "技术总监", "研发经理", "生产经理",
                    "财务总监", "人力资源经理", "质量经理", "工程师", "高级工程师", "销售总监"});
            staff(NEW_MEDIA, 128, new String[]{"主编", "编辑", "记者", "运营总监", "视频编导", "网络主播", "自媒体创作者"});
            staff(INTERMEDIARY, 525, new String[]{"合伙人", "律师", "注册会计师", "税务师", "评估师", "会长", "秘书长",
                    "项目主管", "社会工作者"});
            String[] freelance = {"作家", "画家", "书法家", "摄影师", "独立设计师", "自由撰稿人"};
            List<Organisation> studios = organisations.stream().filter(o -> o.category().equals(FREELANCER)).toList();
            for (int i = 0; i < 17; i++) {
                Organisation studio = i < 9 ? studios.get(i % studios.size()) : null;
                person(name(), FREELANCER, studio == null ? township().code() : studio.township(),
                        studio == null ? null : studio.name(), freelance[rnd.nextInt(freelance.length)]);
            }
            // Twelve staff who left: archived, and named by nothing else.
            List<Person> plain = pick(filter(p -> p.category().equals(ENTERPRISE_STAFF) && !p.name().equals("卢克虎")
                    && !p.name().equals("王世荣")), 12);
            for (Person p : plain) {
                people.put(p.name(), with(p, null, null, null, false, rnd.nextBoolean() ? "调离海安，赴南通工作" : "企业迁出海安"));
            }
        }

        /** Staff of a category's organisations: three at least in each, the rest by headcount. */
        private void staff(String category, int total, String[] roles) {
            List<Organisation> orgs = organisations.stream().filter(o -> o.category().equals(category)).toList();
            int already = (int) people.values().stream().filter(p -> p.category().equals(category)).count();
            int n = already;
            for (Organisation org : orgs) {
                for (int i = 0; i < 3 && n < total; i++, n++) {
                    person(name(), category, org.township(), org.name(), roles[rnd.nextInt(roles.length)]);
                }
            }
            int weight = orgs.stream().mapToInt(o -> (int) Math.sqrt(o.headcount())).sum();
            for (; n < total; n++) {
                int at = rnd.nextInt(weight);
                Organisation chosen = orgs.get(orgs.size() - 1);
                for (Organisation org : orgs) {
                    at -= (int) Math.sqrt(org.headcount());
                    if (at < 0) {
                        chosen = org;
                        break;
                    }
                }
                person(name(), category, chosen.township(), chosen.name(), roles[rnd.nextInt(roles.length)]);
            }
        }

        private void person(String name, String category, String township, String organisation, String role) {
            usedNames.add(name);
            people.put(name, new Person(name, category, township, organisation, role, false, null, null, null, null));
        }

        /**
         * The vertical mechanism: 40 people under listed liaison (列名联系), most with the city's leaders and the
         * department, the rest with their own township's cadres; 19 of them with a political arrangement. They and
         * some more are representative figures (150 in all). Answers the 40.
         */
        private List<String> liaisons() {
            List<Cadre> leaders = cadres.stream().filter(c -> !c.level().equals("TOWNSHIP")).toList();
            List<String> listed = new ArrayList<>();
            Map<String, Integer> quota = Map.of(ENTERPRISE_STAFF, 20, NEW_MEDIA, 8, INTERMEDIARY, 9, FREELANCER, 3);
            for (String category : List.of(ENTERPRISE_STAFF, NEW_MEDIA, INTERMEDIARY, FREELANCER)) {
                List<Person> chosen = new ArrayList<>();
                if (category.equals(ENTERPRISE_STAFF)) {
                    chosen.add(people.get("卢克虎"));
                    chosen.add(people.get("王世荣"));
                }
                chosen.addAll(pick(filter(p -> p.category().equals(category) && active(p) && !chosen.contains(p)),
                        quota.get(category) - chosen.size()));
                for (Person p : chosen) {
                    listed.add(p.name());
                }
            }
            String[] bodies = {"CPPCC", "CPPCC", "PEOPLES_CONGRESS", "OTHER"};
            for (int i = 0; i < listed.size(); i++) {
                Person p = people.get(listed.get(i));
                // Two in three with a city leader or the department, the others with a cadre of their township.
                String cadre = i % 3 < 2 ? leaders.get(i % leaders.size()).cadreId()
                        : p.township() + (i % 2 == 0 ? ".ufd" : ".mayor");
                Arrangement arrangement = null;
                if (i % 2 == 0 && i < 38) {
                    String body = bodies[rnd.nextInt(bodies.length)];
                    boolean city = rnd.nextInt(3) > 0;
                    LocalDate termStart = city ? LocalDate.of(2021, 12, 28) : LocalDate.of(2021, 9, 15);
                    arrangement = new Arrangement(body, city ? "CITY" : "TOWNSHIP",
                            body.equals("OTHER") ? "市青年联合会委员" : body.equals("CPPCC") ? "委员" : "代表",
                            termStart, termStart.plusYears(5).minusDays(1));
                }
                Profile profile = new Profile(String.format("139%08d", rnd.nextInt(100_000_000)),
                        "member" + (i + 1) + "@example.com", "wx" + Integer.toString(rnd.nextInt(1 << 30), 36));
                people.put(p.name(), with(p, profile, arrangement, liaison(cadre), true, null));
            }
            for (Person p : pick(filter(p -> active(p) && !p.representative()), 150 - listed.size())) {
                people.put(p.name(), with(p, null, null, null, true, null));
            }
            return listed;
        }

        private Liaison liaison(String cadreId) {
            LocalDate since = day(start, today.minusMonths(3));
            List<Contact> contacts = new ArrayList<>();
            String[] notes = {"了解企业发展近况", "交流行业形势", "听取对营商环境的意见", "走访工作室，谈创作计划",
                    "通报市里重点工作", "了解参政议政履职情况", "节日走访慰问"};
            String[] issues = {"用地指标紧张", "技术人才招引难", "融资成本偏高", "希望简化审批流程", "子女入学",
                    "希望多组织行业交流"};
            for (LocalDate d = since.plusDays(20 + rnd.nextInt(60)); !d.isAfter(yesterday);
                 d = d.plusDays(90 + rnd.nextInt(150))) {
                List<String> raised = rnd.nextInt(3) == 0 ? List.of(issues[rnd.nextInt(issues.length)]) : List.of();
                contacts.add(new Contact(d, new String[]{"VISIT", "PHONE", "ONLINE", "MEETING"}[rnd.nextInt(4)],
                        notes[rnd.nextInt(notes.length)], raised));
            }
            return new Liaison(cadreId, since, contacts);
        }

        private static Person with(Person p, Profile profile, Arrangement arrangement, Liaison liaison,
                                   boolean representative, String archiveReason) {
            return new Person(p.name(), p.category(), p.township(), p.organisation(), p.role(),
                    representative || p.representative(), profile != null ? profile : p.profile(),
                    arrangement != null ? arrangement : p.arrangement(), liaison != null ? liaison : p.liaison(),
                    archiveReason);
        }

        // --- the horizontal mechanism and the network ---

        private Conference conference() {
            List<MemberUnit> units = new ArrayList<>();
            for (String unit : List.of("市工商联", "市发改委", "市科技局", "市委人才办", "市市场监管局", "市人社局", "科技镇长团")) {
                units.add(new MemberUnit(unit, ENTERPRISE_STAFF));
            }
            for (String unit : List.of("市民政局", "市财政局", "市税务局", "市司法局", "市住建局")) {
                units.add(new MemberUnit(unit, INTERMEDIARY));
            }
            for (String unit : List.of("市委宣传部", "市委统战部", "市互联网新闻中心", "市公安局网安大队")) {
                units.add(new MemberUnit(unit, NEW_MEDIA));
            }
            for (String unit : List.of("市文联", "市社科联", "市文广新局")) {
                units.add(new MemberUnit(unit, FREELANCER));
            }
            String[] texts = {"建立新阶层人士政策咨询热线", "组织民营企业技术人员专题培训", "开展中介组织规范化建设调研",
                    "举办新媒体代表人士座谈会", "为自由职业者搭建作品展示平台", "完善新阶层人士信息库", "推动代表人士参与社会治理"};
            List<Meeting> meetings = new ArrayList<>();
            for (LocalDate d = LocalDate.of(start.getYear(), 3, 18); d.isBefore(yesterday); d = d.plusMonths(6)) {
                if (d.isBefore(start)) {
                    continue;
                }
                List<String> attending = pick(units, 8 + rnd.nextInt(7)).stream().map(MemberUnit::unit).toList();
                List<Resolution> resolutions = new ArrayList<>();
                for (int i = 0; i < 2 + rnd.nextInt(2); i++) {
                    List<String> statuses = d.isBefore(today.minusYears(1)) ? (rnd.nextInt(5) == 0
                            ? List.of("IN_PROGRESS") : List.of("IN_PROGRESS", "DONE"))
                            : rnd.nextBoolean() ? List.of("IN_PROGRESS") : List.of();
                    resolutions.add(new Resolution(texts[rnd.nextInt(texts.length)] + "（" + d.getYear() + "-" + (i + 1)
                            + "）", attending.get(rnd.nextInt(attending.size())), statuses));
                }
                meetings.add(new Meeting(d, attending, d.getMonthValue() < 7 ? "上半年工作推进" : "年度工作总结与部署",
                        resolutions));
            }
            return new Conference("海安市新的社会阶层人士统战工作联席会议", "市委常委、统战部部长", units, meetings);
        }

        /** The association of 66 members: representative figures, most in their township's branch. */
        private Association association(List<String> listed) {
            List<Branch> branches = new ArrayList<>();
            for (Township t : townships) {
                branches.add(new Branch(t.name() + "分会", "TOWNSHIP", t.code(), null));
            }
            branches.add(new Branch("教育系统分会", "SYSTEM", null, "EDUCATION"));
            branches.add(new Branch("卫生系统分会", "SYSTEM", null, "HEALTH"));
            List<String> chosen = new ArrayList<>(listed.subList(0, 30));
            for (Person p : pick(filter(p -> p.representative() && active(p) && !chosen.contains(p.name())), 36)) {
                chosen.add(p.name());
            }
            List<Member> members = new ArrayList<>();
            for (String name : chosen) {
                Person p = people.get(name);
                members.add(new Member(name, rnd.nextInt(4) == 0 ? null
                        : townships.stream().filter(t -> t.code().equals(p.township())).findFirst().orElseThrow()
                        .name() + "分会"));
            }
            return new Association("海安市新的社会阶层人士联谊会", branches, members);
        }

        private List<Base> bases() {
            return List.of(new Base("社会组织统战工作基地（中瑞税务师事务所）", INTERMEDIARY, "haian-subdistrict", "中瑞税务师事务所"),
                    new Base("自由职业者统战工作基地（町子创意工坊）", FREELANCER, "haian-subdistrict", "町子创意工坊"),
                    new Base("民营企业管理技术人员统战工作基地（民企群英荟）", ENTERPRISE_STAFF, "libao", "李堡镇民企群英荟"),
                    new Base("网络文化传播示范中心", NEW_MEDIA, "haian-subdistrict", "网络文化传播示范中心"),
                    new Base("爱心群体基地（海安义工联）", NEW_MEDIA, "haian-subdistrict", "海安义工联"),
                    new Base("志愿服务基地（开发区580）", NEW_MEDIA, "development-zone", "开发区580志愿服务队"),
                    new Base("网上悦读基地（泛书房）", NEW_MEDIA, "haian-subdistrict", "泛书房"),
                    new Base("便民服务基地（公安微警务）", NEW_MEDIA, "haian-subdistrict", "公安微警务"));
        }

        // --- the four modes ---

        /**
         * 23 intermediary and social organisations visited by the department's leaders (每周一访), largest first, each
         * a few times; and the science-and-technology town mayors' visits to firms.
         */
        private List<Visit> visits() {
            List<Visit> visits = new ArrayList<>();
            List<Organisation> intermediaries = new ArrayList<>(organisations.stream()
                    .filter(o -> o.category().equals(INTERMEDIARY)).toList());
            List<Organisation> visited = new ArrayList<>(intermediaries.subList(0, 8));
            intermediaries.subList(8, intermediaries.size()).stream()
                    .sorted((a, b) -> b.headcount() - a.headcount()).limit(15).forEach(visited::add);
            List<Cadre> department = cadres.stream().filter(c -> c.level().equals("DEPARTMENT")).toList();
            String[] findings = {"从业人员流动性大，党建和统战工作基础薄弱", "希望政府购买服务向社会组织倾斜",
                    "专业人才缺乏，需要行业培训", "办公场地紧张", "希望参与社会治理的渠道更通畅"};
            String[] problems = {"缺少从业人员培训场地", "行业监管政策解读不够", "政府购买服务信息不透明", "专业人才职称评定难",
                    "办公用房租金上涨"};
            String[] owners = {"市民政局", "市司法局", "市财政局", "市人社局", "市税务局"};
            for (Organisation org : visited) {
                for (int i = 0; i < 2 + rnd.nextInt(5); i++) {
                    visits.add(visit(org, department.get(rnd.nextInt(department.size())).cadreId(),
                            findings, problems, owners));
                }
            }
            List<Organisation> firms = organisations.stream().filter(o -> o.category().equals(ENTERPRISE_STAFF)
                    && !o.kind().equals("SOCIAL_ORGANISATION")).toList();
            String[] firmFindings = {"企业研发投入持续增加，急需高端技术人才", "产品升级需要高校技术支持", "希望对接产学研合作项目"};
            String[] firmProblems = {"与高校共建研发中心", "技术人员住房保障", "检测设备共享"};
            String[] firmOwners = {"市科技局", "市委人才办", "科技镇长团"};
            for (Organisation org : pick(firms, 80)) {
                visits.add(visit(org, org.township() + ".mayor", firmFindings, firmProblems, firmOwners));
            }
            return visits;
        }

        private Visit visit(Organisation org, String lead, String[] findings, String[] problems, String[] owners) {
            LocalDate day = past();
            List<String> visiting = new ArrayList<>(List.of(org.township() + ".ufd"));
            visiting.remove(lead);
            List<String> met = pick(filter(p -> org.name().equals(p.organisation()) && active(p)), 1 + rnd.nextInt(3))
                    .stream().map(Person::name).toList();
            List<Problem> raised = new ArrayList<>();
            for (int i = 0; i < rnd.nextInt(3); i++) {
                LocalDate due = day.plusDays(30 + rnd.nextInt(60));
                LocalDate resolved = day.plusDays(7 + rnd.nextInt(80));
                boolean done = rnd.nextInt(100) < 85 && !resolved.isAfter(yesterday);
                raised.add(new Problem(problems[rnd.nextInt(problems.length)], owners[rnd.nextInt(owners.length)], due,
                        done ? resolved : null, done ? "已协调相关部门落实" : null));
            }
            return new Visit(org.name(), org.township(), day, lead, visiting, met,
                    findings[rnd.nextInt(findings.length)], raised);
        }

        private List<AddressBook> addressBooks() {
            List<AddressBook> books = new ArrayList<>();
            for (Township t : townships) {
                for (String keeper : List.of(t.code() + ".ufd", t.code() + ".mayor")) {
                    books.add(new AddressBook(t.code(), keeper, pick(enterpriseStaffOf(t), 20).stream()
                            .map(p -> new Entry(p.name(), rnd.nextInt(4) > 0)).toList()));
                }
            }
            return books;
        }

        private List<OpinionForm> opinionForms() {
            List<OpinionForm> forms = new ArrayList<>();
            List<String> questions = List.of("过去一年哪项惠企政策对您帮助最大？", "您对区镇的营商环境有何意见建议？",
                    "您希望统战部门提供哪些服务？");
            String[] answers = {"人才公寓补贴", "研发费用加计扣除", "希望审批再提速", "希望组织技术交流", "加强校企合作",
                    "希望解决员工子女入学", "多举办政策宣讲"};
            for (Township t : townships) {
                for (int year = start.getYear() + 1; !LocalDate.of(year, 3, 1).isAfter(today.minusDays(60)); year++) {
                    // Issued at least 60 days ago, so every return (3 to 42 days later) lies in the past.
                    LocalDate issued = day(LocalDate.of(year, 3, 1), min(LocalDate.of(year, 5, 31), today.minusDays(60)));
                    List<String> to = pick(enterpriseStaffOf(t), 15).stream().map(Person::name).toList();
                    List<FormReturn> returns = new ArrayList<>();
                    for (String person : to) {
                        if (rnd.nextInt(10) < 7) {
                            returns.add(new FormReturn(person, issued.plusDays(3 + rnd.nextInt(40)), questions.stream()
                                    .map(q -> answers[rnd.nextInt(answers.length)]).toList()));
                        }
                    }
                    forms.add(new OpinionForm(t.code(), year + "年" + t.name() + "民营企业管理技术人员征求意见表", questions,
                            issued, to, returns));
                }
            }
            return forms;
        }

        /** Every half-year that is over, for every township (每半年联系小结). */
        private List<Summary> summaries(List<Visit> visits) {
            List<Summary> summaries = new ArrayList<>();
            for (Township t : townships) {
                for (int year = start.getYear() + 1; year <= today.getYear(); year++) {
                    for (int half = 1; half <= 2; half++) {
                        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
                        LocalDate to = from.plusMonths(6).minusDays(1);
                        if (!today.isAfter(to)) {
                            continue;
                        }
                        long n = visits.stream().filter(v -> v.township().equals(t.code()) && !v.day().isBefore(from)
                                && !v.day().isAfter(to)).count();
                        summaries.add(new Summary(t.code(), year, half, t.name() + year + "年" + (half == 1 ? "上" : "下")
                                + "半年联系小结：走访" + n + "次，线上线下日常联系保持畅通。"));
                    }
                }
            }
            return summaries;
        }

        private List<Activity> activities() {
            List<Activity> activities = new ArrayList<>();
            Set<String> titles = new LinkedHashSet<>();
            Map<String, String> newMedia = new LinkedHashMap<>();
            newMedia.put("TRAINING", "自媒体代表人士参政议政能力培训班");
            newMedia.put("PRESS_CONFERENCE", "新闻发布会（自媒体代表人士列席）");
            newMedia.put("PROJECT_INSPECTION", "自媒体代表人士视察重点工程");
            newMedia.put("ROUNDTABLE", "网媒代表人士恳谈会");
            newMedia.put("SECRETARY_NETIZEN_MEETING", "书记网友见面会");
            newMedia.put("SERVICE_VISIT", "走访自媒体代表人士");
            newMedia.put("APPEAL_HEARING", "自媒体人士诉求倾听会");
            Map<String, String> coHosted = new LinkedHashMap<>();
            coHosted.put("EXHIBITION", "“春到海安”书画展");
            coHosted.put("COUPLET_WRITING", "新春送春联");
            coHosted.put("RURAL_READING_ROOM", "走进农家书屋");
            coHosted.put("GALA_CONTRIBUTION", "海安春晚送作品");
            String[] subjects = {"希望提供直播场地", "账号被误封需要协调", "希望参加新闻发布会", "工作室注册手续", "希望得到内容创作培训"};
            for (int year = start.getYear() + 1; year <= today.getYear(); year++) {
                for (Map.Entry<String, String> kind : newMedia.entrySet()) {
                    int times = kind.getKey().equals("TRAINING") || kind.getKey().equals("SERVICE_VISIT") ? 2 : 1;
                    for (int i = 0; i < times; i++) {
                        LocalDate held = dayOfYear(year);
                        List<String> invited = names(pick(filter(p -> p.category().equals(NEW_MEDIA) && active(p)),
                                8 + rnd.nextInt(8)));
                        List<String> attended = invited.stream().filter(n -> rnd.nextInt(10) < 7).toList();
                        List<Appeal> appeals = new ArrayList<>();
                        if (kind.getKey().equals("APPEAL_HEARING") || kind.getKey().equals("SERVICE_VISIT")) {
                            for (String person : attended.subList(0, Math.min(attended.size(), 2 + rnd.nextInt(2)))) {
                                LocalDate concluded = held.plusDays(5 + rnd.nextInt(50));
                                boolean done = !concluded.isAfter(yesterday);
                                appeals.add(new Appeal(person, subjects[rnd.nextInt(subjects.length)],
                                        done ? new String[]{"RESOLVED", "RESOLVED", "REFERRED", "DECLINED"}[rnd.nextInt(4)]
                                                : null, done ? concluded : null, done ? "已答复并跟进" : null));
                            }
                        }
                        activities.add(new Activity(township().code(), NEW_MEDIA, kind.getKey(),
                                unique(titles, year + "年" + kind.getValue()), held,
                                List.of("市委宣传部", "市互联网新闻中心"), invited, attended, appeals));
                    }
                }
                for (Map.Entry<String, String> kind : coHosted.entrySet()) {
                    List<String> invited = names(pick(filter(p -> p.category().equals(FREELANCER) && active(p)),
                            5 + rnd.nextInt(5)));
                    activities.add(new Activity(township().code(), FREELANCER, kind.getKey(),
                            unique(titles, year + "年" + kind.getValue()), dayOfYear(year),
                            rnd.nextBoolean() ? List.of("市文联") : List.of("市文联", "市社科联"), invited,
                            invited.stream().filter(n -> rnd.nextInt(10) < 8).toList(), List.of()));
                }
                for (int i = 0; i < 2; i++) {
                    String category = List.of(ENTERPRISE_STAFF, NEW_MEDIA, INTERMEDIARY).get(rnd.nextInt(3));
                    List<String> attended = names(pick(filter(p -> p.category().equals(category) && active(p)),
                            6 + rnd.nextInt(5)));
                    activities.add(new Activity(township().code(), category, "SALON",
                            unique(titles, year + "年新阶层沙龙：跨界碰撞引领成长"), dayOfYear(year), List.of(), List.of(),
                            attended, List.of()));
                }
            }
            return activities;
        }

        /** The annual top-ten appraisals (十佳网友 / 网媒 / 网文) of every year in the window. */
        private List<Appraisal> appraisals() {
            List<Appraisal> appraisals = new ArrayList<>();
            List<Person> media = filter(p -> p.category().equals(NEW_MEDIA) && active(p));
            List<Organisation> outlets = organisations.stream().filter(o -> o.kind().equals("MEDIA_OUTLET")).toList();
            String[] articles = {"海安高铁站的一天", "老街新颜", "凤山脚下的非遗匠人", "海安河畔的夜市", "一座小城的创新密码",
                    "从田埂到电商", "我在海安当志愿者", "家门口的口袋公园", "曲塘的茶", "李堡的老手艺", "角斜红色记忆",
                    "开发区的机器人", "雅周的油菜花", "大公的桥"};
            for (int year = start.getYear() + 1; year <= today.getYear(); year++) {
                for (String kind : List.of("NETIZENS", "ONLINE_MEDIA", "ONLINE_ARTICLES")) {
                    List<Nominee> nominees = new ArrayList<>();
                    int n = 12 + rnd.nextInt(3);
                    if (kind.equals("NETIZENS")) {
                        pick(media, n).forEach(p -> nominees.add(new Nominee(p.name(), null, null, null)));
                    } else if (kind.equals("ONLINE_MEDIA")) {
                        pick(outlets, n).forEach(o -> nominees.add(new Nominee(null, o.name(), null, null)));
                    } else {
                        for (int i = 0; i < n; i++) {
                            nominees.add(new Nominee(media.get(rnd.nextInt(media.size())).name(), null,
                                    articles[i % articles.length] + "（" + year + "）",
                                    "https://example.com/haian/" + year + "/article-" + (i + 1)));
                        }
                    }
                    List<Ballot> ballots = new ArrayList<>();
                    for (int v = 0; v < 20; v++) {
                        List<Integer> indexes = new ArrayList<>();
                        double[] keys = new double[nominees.size()];
                        for (int i = 0; i < nominees.size(); i++) {
                            indexes.add(i);
                            keys[i] = (i + 1) * rnd.nextDouble();
                        }
                        // Earlier nominees are the popular ones: a skewed shuffle, then the first few.
                        indexes.sort((a, b) -> Double.compare(keys[a], keys[b]));
                        ballots.add(new Ballot(String.format("ballot-%d-%s-%02d", year,
                                kind.toLowerCase().replace('_', '-'), v + 1), indexes.subList(0, 3 + rnd.nextInt(8))));
                    }
                    appraisals.add(new Appraisal(year, kind, nominees, ballots));
                }
            }
            return appraisals;
        }

        // --- the N channels ---

        private List<GovernmentMeeting> meetings(Association association) {
            List<GovernmentMeeting> meetings = new ArrayList<>();
            String[] raised = {"建议加快工业园区配套建设", "建议加大对科技型中小企业的扶持", "建议优化营商环境", "建议加强农村电商人才培养",
                    "建议完善城市公共交通"};
            for (int year = start.getYear() + 1; year <= today.getYear(); year++) {
                LocalDate workingMeetings = LocalDate.of(year, 2, 10);
                for (Township t : workingMeetings.isAfter(yesterday) ? List.<Township>of() : townships) {
                    List<String> attendees = association.members().stream().map(Member::person)
                            .filter(n -> people.get(n).township().equals(t.code())).limit(4).toList();
                    if (attendees.isEmpty()) {
                        continue;
                    }
                    List<RaisedContribution> contributions = new ArrayList<>();
                    for (int i = 0; i < 1 + rnd.nextInt(2); i++) {
                        contributions.add(new RaisedContribution(attendees.get(rnd.nextInt(attendees.size())),
                                raised[rnd.nextInt(raised.length)]));
                    }
                    meetings.add(new GovernmentMeeting(t.code(), "WORKING_MEETING", t.name() + year + "年政府工作会议",
                            day(workingMeetings, min(LocalDate.of(year, 3, 20), yesterday)), attendees, contributions));
                }
                for (int half = 1; half <= 2; half++) {
                    LocalDate held = LocalDate.of(year, half == 1 ? 7 : 12, 10 + rnd.nextInt(10));
                    if (held.isAfter(yesterday)) {
                        continue;
                    }
                    meetings.add(new GovernmentMeeting("haian-subdistrict", "BRIEFING", year + "年" + (half == 1 ? "上" : "")
                            + "半年经济社会发展情况通报会", held, pick(association.members(), 10 + rnd.nextInt(6)).stream()
                            .map(Member::person).toList(), List.of()));
                }
            }
            return meetings;
        }

        /** Mutual aid among members, and policy briefings with an audience: 600+ people benefited. */
        private List<Consultation> consultations(Association association) {
            List<String> members = association.members().stream().map(Member::person).toList();
            String[] fields = {"ACCOUNTING", "TAX", "LAW", "LABOUR_AND_SOCIAL_SECURITY", "ENVIRONMENT", "AGENCY_SERVICES"};
            List<Consultation> consultations = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                List<String> pair = pick(members, 1 + 1 + rnd.nextInt(3));
                consultations.add(new Consultation(people.get(pair.get(0)).township(), pair.get(0),
                        fields[rnd.nextInt(fields.length)], past(), pair.subList(1, pair.size()), null));
            }
            for (int i = 0; i < 15; i++) {
                String consultant = members.get(rnd.nextInt(members.size()));
                consultations.add(new Consultation(people.get(consultant).township(), consultant,
                        fields[rnd.nextInt(3)], past(), null, 30 + rnd.nextInt(25)));
            }
            return consultations;
        }

        /** Research topics the city set: six reports adopted (the seed names two), one declined, one in writing. */
        private List<ResearchTopic> research() {
            List<ResearchTopic> topics = new ArrayList<>();
            String[][] adopted = {{"加强我县总部经济建设的建议", ENTERPRISE_STAFF, "卢克虎"},
                    {"加速发展农村电商，全力推进大众创业", ENTERPRISE_STAFF, "王世荣"},
                    {"关于规范中介服务市场的调研报告", INTERMEDIARY, null}, {"关于网络舆情引导机制的调研报告", NEW_MEDIA, null},
                    {"关于吸引高端技术人才落户的建议", ENTERPRISE_STAFF, null}, {"关于社会组织参与基层治理的调研", INTERMEDIARY, null}};
            for (int i = 0; i < adopted.length; i++) {
                String category = adopted[i][1];
                List<String> authors = adopted[i][2] != null ? List.of(adopted[i][2])
                        : names(pick(filter(p -> p.category().equals(category) && p.representative() && active(p)), 2));
                LocalDate on = past();
                topics.add(new ResearchTopic(adopted[i][0], category, authors, adopted[i][0],
                        "HA-NSS-" + on.getYear() + "-" + String.format("%02d", i + 1), "海安市委市政府", on, null));
            }
            topics.add(new ResearchTopic("关于自由职业者社会保障的调研", FREELANCER,
                    names(pick(filter(p -> p.category().equals(FREELANCER) && active(p)), 2)), "关于自由职业者社会保障的调研",
                    "HA-NSS-" + today.getYear() + "-07", null, null, "已由省级政策统一覆盖"));
            topics.add(new ResearchTopic("关于新媒体从业人员职业发展的调研", NEW_MEDIA,
                    names(pick(filter(p -> p.category().equals(NEW_MEDIA) && active(p)), 2)), null, null, null, null, null));
            return topics;
        }

        /**
         * 198 villages and communities with two-way agreements with 277 people (and five more, since ended and
         * replaced), 139 supervisors, 78 projects, 285 households.
         */
        private List<Village> villages() {
            int total = townships.stream().mapToInt(Township::weight).sum();
            List<Village> villages = new ArrayList<>();
            Map<String, List<Person>> pool = new LinkedHashMap<>();
            for (Township t : townships) {
                int n = t == townships.get(0) ? 0 : Math.round(198f * t.weight() / total);
                pool.put(t.code(), new ArrayList<>(pick(filter(p -> p.township().equals(t.code()) && active(p)), 80)));
                villages.addAll(villagesOf(t, n));
            }
            Township first = townships.get(0);
            villages.addAll(0, villagesOf(first, 198 - villages.size()));
            List<List<Agreement>> agreements = new ArrayList<>();
            for (Village v : villages) {
                agreements.add(new ArrayList<>(List.of(agreement(pool.get(v.township()), null))));
            }
            for (int i = 0; i < 79; i++) {
                int at = rnd.nextInt(villages.size());
                agreements.get(at).add(agreement(pool.get(villages.get(at).township()), null));
            }
            for (int i = 0; i < 5; i++) {
                int at = rnd.nextInt(villages.size());
                agreements.get(at).add(agreement(pool.get(villages.get(at).township()), "协议人工作调动"));
            }
            List<Village> planned = new ArrayList<>();
            List<int[]> activePairs = new ArrayList<>();
            for (int i = 0; i < villages.size(); i++) {
                for (int j = 0; j < agreements.get(i).size(); j++) {
                    if (agreements.get(i).get(j).endedOn() == null) {
                        activePairs.add(new int[]{i, j});
                    }
                }
            }
            Collections.shuffle(activePairs, rnd);
            List<List<Supervisor>> supervisors = lists(villages.size());
            List<List<Project>> projects = lists(villages.size());
            List<List<Household>> households = lists(villages.size());
            String[] projectNames = {"村集体光伏电站", "高效设施农业大棚", "农村电商服务站", "标准厂房", "乡村旅游步道", "特色养殖基地",
                    "农产品冷链仓储"};
            for (int k = 0; k < activePairs.size(); k++) {
                int[] pair = activePairs.get(k);
                Agreement a = agreements.get(pair[0]).get(pair[1]);
                if (k < 139) {
                    LocalDate termStart = min(a.signedOn().plusDays(rnd.nextInt(60)), yesterday);
                    // A village committee's term of five years, and a month to hand over.
                    supervisors.get(pair[0]).add(new Supervisor(a.person(), termStart, termStart.plusYears(5).plusMonths(1)));
                }
                if (k < 78) {
                    projects.get(pair[0]).add(new Project(a.person(), projectNames[rnd.nextInt(projectNames.length)]));
                }
            }
            for (int h = 0; h < 285; h++) {
                int[] pair = activePairs.get(h % activePairs.size());
                Agreement a = agreements.get(pair[0]).get(pair[1]);
                LocalDate paired = day(a.signedOn(), yesterday);
                households.get(pair[0]).add(new Household(a.person(), String.format("%s-%d-%03d",
                        villages.get(pair[0]).township(), paired.getYear(), h + 1), paired));
            }
            for (int i = 0; i < villages.size(); i++) {
                Village v = villages.get(i);
                planned.add(new Village(v.township(), v.name(), v.kind(), agreements.get(i), supervisors.get(i),
                        projects.get(i), households.get(i)));
            }
            return planned;
        }

        private List<Village> villagesOf(Township t, int n) {
            boolean subdistrict = t.code().endsWith("-subdistrict") || t.code().endsWith("-zone");
            Set<String> names = new LinkedHashSet<>();
            List<Village> villages = new ArrayList<>();
            while (villages.size() < n) {
                boolean community = subdistrict ? rnd.nextInt(3) > 0 : rnd.nextInt(6) == 0;
                String name = VILLAGE_CHARS[rnd.nextInt(VILLAGE_CHARS.length)]
                        + VILLAGE_CHARS[rnd.nextInt(VILLAGE_CHARS.length)] + (community ? "社区" : "村");
                if (names.add(name.substring(0, 2))) {
                    villages.add(new Village(t.code(), name, community ? "COMMUNITY" : "VILLAGE", List.of(), List.of(),
                            List.of(), List.of()));
                }
            }
            return villages;
        }

        /** An agreement with the next person of the township's pool (each person signs once). */
        private Agreement agreement(List<Person> pool, String endReason) {
            Person p = pool.remove(0);
            LocalDate signed = endReason == null ? past() : day(start, start.plusYears(2));
            return new Agreement(p.name(), signed, endReason == null ? null : day(signed.plusDays(1), yesterday),
                    endReason);
        }

        /**
         * About 400 suggestions: three in four from two-way agreements (village level), the rest raised at
         * government meetings (township level) or by members to the city; 200+ implemented, about 100 written into
         * plans.
         */
        private List<Suggestion> suggestions(List<Village> villages, List<GovernmentMeeting> meetings) {
            List<Outcome> outcomes = new ArrayList<>();
            add(outcomes, Outcome.REJECTED, 35);
            add(outcomes, Outcome.SUBMITTED, 12);
            add(outcomes, Outcome.ACCEPTED, 15);
            add(outcomes, Outcome.ADOPTED, 128);
            add(outcomes, Outcome.IMPLEMENTED, 112);
            add(outcomes, Outcome.PLANNED, 98);
            Collections.shuffle(outcomes, rnd);
            String[] subjects = {"村道硬化", "农村污水治理", "村级电商服务站建设", "特色农产品品牌打造", "留守儿童关爱", "村集体经济增收",
                    "人居环境整治", "农村养老服务", "农田水利设施维护", "乡村文化礼堂建设", "总部经济", "营商环境优化",
                    "科技型企业培育", "城市停车难治理", "职业技能培训"};
            List<Suggestion> suggestions = new ArrayList<>();
            List<String[]> sources = new ArrayList<>();
            for (Village v : villages) {
                for (Agreement a : v.agreements()) {
                    if (a.endedOn() == null) {
                        sources.add(new String[]{v.township(), v.name(), a.person()});
                    }
                }
            }
            List<GovernmentMeeting> working = meetings.stream().filter(m -> m.kind().equals("WORKING_MEETING")).toList();
            for (int i = 0; i < outcomes.size(); i++) {
                String township;
                List<String> authors;
                String level;
                String village = null;
                String meeting = null;
                if (i < 300) {
                    String[] source = sources.get(rnd.nextInt(sources.size()));
                    township = source[0];
                    village = source[1];
                    authors = List.of(source[2]);
                    level = "VILLAGE";
                } else if (i < 360) {
                    GovernmentMeeting m = working.get(rnd.nextInt(working.size()));
                    township = m.township();
                    meeting = m.title();
                    authors = List.of(m.attendees().get(rnd.nextInt(m.attendees().size())));
                    level = "TOWNSHIP";
                } else {
                    authors = names(pick(filter(p -> p.representative() && active(p)), 1 + rnd.nextInt(3)));
                    township = people.get(authors.get(0)).township();
                    level = "CITY";
                }
                String where = village != null ? village : townshipName(township);
                String topic = "关于" + where + subjects[rnd.nextInt(subjects.length)] + "的建议";
                Outcome outcome = outcomes.get(i);
                LocalDate implemented = past();
                String body = level.equals("CITY") ? "海安市人民政府" : level.equals("TOWNSHIP")
                        ? townshipName(township) + "人民政府" : village + "村（居）民委员会";
                suggestions.add(new Suggestion(township, people.get(authors.get(0)).category(), authors, topic,
                        "结合" + where + "实际，" + topic.substring(2, topic.length() - 3) + "，建议分步实施、明确责任单位。",
                        level, village, village == null ? null : authors.get(0), meeting, outcome,
                        "与现行规划重复，暂不采纳", body, "已列入年度重点工作并完成", implemented,
                        "HA-SUG-" + implemented.getYear() + "-" + String.format("%03d", i + 1),
                        level.equals("VILLAGE") ? village + "五年发展规划" : townshipName(township) + "“十四五”发展规划"));
            }
            return suggestions;
        }

        private List<PublicGood> publicGood() {
            List<PublicGood> activities = new ArrayList<>();
            for (int year = start.getYear() + 1; year <= today.getYear(); year++) {
                activities.add(good("CHARITY", ENTERPRISE_STAFF, year + "年阳光行动：关爱特殊儿童（春季）", year));
                activities.add(good("CHARITY", INTERMEDIARY, year + "年阳光行动：关爱特殊儿童（秋季）", year));
                activities.add(good("CULTURE", NEW_MEDIA, year + "年新媒体传承传统文化：非遗进网络", year));
                activities.add(good("SALON", ENTERPRISE_STAFF, year + "年新阶层沙龙：创新与传承", year));
                activities.add(good("SALON", FREELANCER, year + "年新阶层沙龙：艺术与城市", year));
            }
            return activities;
        }

        private PublicGood good(String kind, String category, String title, int year) {
            return new PublicGood(township().code(), category, kind, title, dayOfYear(year),
                    names(pick(filter(p -> p.category().equals(category) && active(p)), 5 + rnd.nextInt(10))));
        }

        // --- helpers ---

        private String townshipName(String code) {
            return townships.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().name();
        }

        private List<Person> enterpriseStaffOf(Township t) {
            return filter(p -> p.township().equals(t.code()) && p.category().equals(ENTERPRISE_STAFF) && active(p));
        }

        private static boolean active(Person p) {
            return p.archiveReason() == null;
        }

        private List<Person> filter(Predicate<Person> test) {
            return people.values().stream().filter(test).toList();
        }

        private static List<String> names(List<Person> people) {
            return people.stream().map(Person::name).toList();
        }

        /** n distinct elements (all of them if fewer), in a random order. */
        private <T> List<T> pick(List<T> from, int n) {
            List<T> copy = new ArrayList<>(from);
            Collections.shuffle(copy, rnd);
            return List.copyOf(copy.subList(0, Math.min(Math.max(n, 0), copy.size())));
        }

        private static <T> List<List<T>> lists(int n) {
            List<List<T>> lists = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lists.add(new ArrayList<>());
            }
            return lists;
        }

        private static void add(List<Outcome> to, Outcome outcome, int n) {
            for (int i = 0; i < n; i++) {
                to.add(outcome);
            }
        }

        private String unique(Set<String> used, String title) {
            String candidate = title;
            for (int i = 2; !used.add(candidate); i++) {
                candidate = title + "（第" + i + "场）";
            }
            return candidate;
        }

        private Township township() {
            int at = rnd.nextInt(townships.stream().mapToInt(Township::weight).sum());
            for (Township t : townships) {
                at -= t.weight();
                if (at < 0) {
                    return t;
                }
            }
            throw new IllegalStateException("weights");
        }

        private String name() {
            while (true) {
                String name = SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)]
                        + (rnd.nextInt(3) > 0 ? GIVEN[rnd.nextInt(GIVEN.length)] : "");
                if (usedNames.add(name)) {
                    return name;
                }
            }
        }

        private LocalDate past() {
            return day(start, yesterday);
        }

        private LocalDate dayOfYear(int year) {
            return day(max(LocalDate.of(year, 1, 1), start), min(LocalDate.of(year, 12, 31), yesterday));
        }

        /** A day from {@code from} to {@code to}, both included ({@code from} if the range is empty). */
        private LocalDate day(LocalDate from, LocalDate to) {
            long span = to.toEpochDay() - from.toEpochDay();
            return span <= 0 ? from : from.plusDays(rnd.nextInt((int) span + 1));
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
