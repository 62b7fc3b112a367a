package io.paxgate.rules.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code rules/src/test/resources/names/evaluation.csv}: labelled name pairs per culture,
 * generated with fixed seeds (seed 1 = "tune" half, seed 2 = "holdout" half), followed by the
 * hand-written {@code hard_cases.csv}. Run {@code main} to regenerate; {@link #generate()} gives the
 * same text every time (a test checks the committed file against it).
 *
 * <p>Each name is a tuple of real spellings of the same name: national or native script first,
 * then common Latin transliterations. True pairs are the same person written differently
 * (transliteration, order, patronymic, female form, initials, one typo, particles, MRZ); false pairs
 * are different people with close names (same surname other given name, a one-letter different
 * name, same name other birth year, same given name other surname).
 */
public final class EvaluationSetGenerator {
    static final String HEADER = "name1,name2,birth_date1,birth_date2,nationality1,nationality2,label,culture,kind,split";

    record Culture(String name, String[] nationalities, String[] surnames, String[] male, String[] female,
                   String maleMarker, String femaleMarker, boolean femaleSurnameForm, String particleStyle) {
    }

    static final List<Culture> CULTURES = List.of(
            new Culture("azerbaijani", new String[] {"AZE"},
                    new String[] {"Əliyev|Алиев|ALIYEV|ALIEV", "Məmmədov|Мамедов|MAMMADOV|MAMEDOV|MAMMEDOV",
                        "Həsənov|Гасанов|HASANOV|GASANOV|HASSANOV", "Hüseynov|Гусейнов|HUSEYNOV|GUSEYNOV|HUSEINOV",
                        "Quliyev|Кулиев|GULIYEV|QULIYEV|KULIEV", "Xəlilov|Халилов|KHALILOV|XALILOV|HALILOV",
                        "Cəfərov|Джафаров|JAFAROV|CAFAROV|DZHAFAROV", "İsmayılov|Исмаилов|ISMAYILOV|ISMAILOV",
                        "Abbasov|Аббасов|ABBASOV", "Rəhimov|Рагимов|RAHIMOV|RAGIMOV", "Nəsirov|Насиров|NASIROV",
                        "Qasımov|Касимов|GASIMOV|KASIMOV|QASIMOV", "Səfərov|Сафаров|SAFAROV",
                        "Bağırov|Багиров|BAGIROV|BAGHIROV", "Əhmədov|Ахмедов|AHMADOV|AKHMEDOV|AHMEDOV",
                        "Vəliyev|Велиев|VALIYEV|VELIEV", "Kərimov|Керимов|KARIMOV|KERIMOV",
                        "Orucov|Оруджев|ORUJOV|ORUDZHEV|ORUCOV", "Şükürov|Шукюров|SHUKUROV|SUKUROV",
                        "Nağıyev|Нагиев|NAGIYEV|NAGIEV|NAGHIYEV", "Zeynalov|Зейналов|ZEYNALOV|ZEINALOV",
                        "Mustafayev|Мустафаев|MUSTAFAYEV|MUSTAFAEV", "Hacıyev|Гаджиев|HAJIYEV|GADZHIEV|HACIYEV",
                        "Sadıqov|Садыхов|SADIGOV|SADYKHOV|SADIKHOV", "Eyvazov|Эйвазов|EYVAZOV|EIVAZOV"},
                    new String[] {"Rəşad|Рашад|RASHAD|RASAD", "Elçin|Эльчин|ELCHIN|ELCIN", "Cavid|Джавид|JAVID|DZHAVID|CAVID",
                        "Tural|Турал|TURAL", "Orxan|Орхан|ORKHAN|ORXAN|ORHAN", "Vüqar|Вугар|VUGAR|VUQAR",
                        "Elnur|Эльнур|ELNUR", "Ramil|Рамиль|RAMIL", "Ramiz|Рамиз|RAMIZ", "Anar|Анар|ANAR",
                        "Fərid|Фарид|FARID", "Kamran|Камран|KAMRAN", "Rövşən|Ровшан|ROVSHAN|ROVSAN",
                        "Şahin|Шахин|SHAHIN|SAHIN", "Xəyal|Хаял|KHAYAL|XAYAL", "Nicat|Ниджат|NIJAT|NICAT|NIDZHAT",
                        "Emin|Эмин|EMIN", "Elşən|Эльшан|ELSHAN|ELSAN", "Səməd|Самед|SAMAD|SAMED",
                        "Yusif|Юсиф|YUSIF|IUSIF"},
                    new String[] {"Leyla|Лейла|LEYLA|LEILA", "Günel|Гюнель|GUNEL", "Aynur|Айнур|AYNUR|AINUR",
                        "Səbinə|Сабина|SABINA", "Nərmin|Нармин|NARMIN", "Xədicə|Хадиджа|KHADIJA|XADICA|KHADIDZHA",
                        "Aysel|Айсель|AYSEL|AISEL", "Könül|Кёнуль|KONUL", "Ülviyyə|Ульвия|ULVIYYA|ULVIA",
                        "Şəbnəm|Шабнам|SHABNAM|SABNAM"},
                    "oğlu|OGLU|OGLY", "qızı|QIZI|KIZI|GIZI", true, null),
            new Culture("russian", new String[] {"RUS", "KAZ", "BLR"},
                    new String[] {"Иванов|IVANOV", "Смирнов|SMIRNOV", "Кузнецов|KUZNETSOV|KUZNECOV", "Попов|POPOV",
                        "Соколов|SOKOLOV", "Лебедев|LEBEDEV", "Козлов|KOZLOV", "Новиков|NOVIKOV", "Морозов|MOROZOV",
                        "Петров|PETROV", "Волков|VOLKOV", "Соловьёв|SOLOVEV|SOLOVYOV|SOLOVIEV",
                        "Васильев|VASILEV|VASILYEV|VASILIEV", "Зайцев|ZAITSEV|ZAYTSEV|ZAJCEV", "Павлов|PAVLOV",
                        "Семёнов|SEMENOV|SEMYONOV", "Голубев|GOLUBEV", "Виноградов|VINOGRADOV", "Богданов|BOGDANOV",
                        "Воробьёв|VOROBEV|VOROBYOV|VOROBIEV", "Фёдоров|FEDOROV|FYODOROV",
                        "Михайлов|MIKHAILOV|MIKHAYLOV|MICHAILOV", "Беляев|BELIAEV|BELYAEV", "Тарасов|TARASOV",
                        "Белов|BELOV", "Комаров|KOMAROV", "Орлов|ORLOV", "Киселёв|KISELEV|KISELYOV",
                        "Макаров|MAKAROV", "Андреев|ANDREEV|ANDREYEV", "Ковалёв|KOVALEV|KOVALYOV", "Жуков|ZHUKOV",
                        "Щербаков|SHCHERBAKOV|SCHERBAKOV|SHERBAKOV", "Хохлов|KHOKHLOV|HOHLOV"},
                    new String[] {"Александр|ALEKSANDR|ALEXANDR|ALEXANDER", "Сергей|SERGEI|SERGEY|SERGEJ",
                        "Дмитрий|DMITRII|DMITRIY|DMITRY", "Андрей|ANDREI|ANDREY|ANDREJ", "Алексей|ALEKSEI|ALEKSEY|ALEXEY",
                        "Максим|MAKSIM|MAXIM", "Евгений|EVGENII|EVGENIY|YEVGENIY", "Иван|IVAN",
                        "Михаил|MIKHAIL|MICHAIL", "Николай|NIKOLAI|NIKOLAY", "Юрий|IURII|YURIY|YURI|JURIJ",
                        "Владимир|VLADIMIR", "Олег|OLEG", "Павел|PAVEL", "Игорь|IGOR", "Виктор|VIKTOR|VICTOR",
                        "Артём|ARTEM|ARTYOM", "Кирилл|KIRILL|KIRIL", "Григорий|GRIGORII|GRIGORIY|GRIGORY"},
                    new String[] {"Елена|ELENA|YELENA", "Ольга|OLGA", "Наталья|NATALIA|NATALYA|NATALJA",
                        "Татьяна|TATIANA|TATYANA|TATJANA", "Ирина|IRINA", "Светлана|SVETLANA",
                        "Юлия|IULIIA|YULIYA|YULIA", "Анна|ANNA", "Мария|MARIIA|MARIYA|MARIA",
                        "Екатерина|EKATERINA|YEKATERINA", "Анастасия|ANASTASIIA|ANASTASIYA|ANASTASIA",
                        "Дарья|DARIA|DARYA", "Людмила|LIUDMILA|LYUDMILA|LUDMILA"},
                    "RU", "RU", true, null),
            new Culture("turkish", new String[] {"TUR"},
                    new String[] {"Yılmaz|YILMAZ", "Kaya|KAYA", "Demir|DEMIR", "Şahin|SAHIN|SHAHIN", "Çelik|CELIK|CHELIK",
                        "Yıldız|YILDIZ", "Yıldırım|YILDIRIM", "Öztürk|OZTURK|OEZTUERK", "Aydın|AYDIN",
                        "Özdemir|OZDEMIR|OEZDEMIR", "Arslan|ARSLAN", "Doğan|DOGAN", "Kılıç|KILIC|KILICH",
                        "Aslan|ASLAN", "Çetin|CETIN|CHETIN", "Kara|KARA", "Koç|KOC", "Kurt|KURT", "Özkan|OZKAN",
                        "Şimşek|SIMSEK|SHIMSHEK", "Erdoğan|ERDOGAN", "Güneş|GUNES|GUENES|GUNESH", "Aksoy|AKSOY",
                        "Polat|POLAT"},
                    new String[] {"Mehmet|MEHMET|MEHMED", "Mustafa|MUSTAFA", "Ahmet|AHMET|AHMED", "Ali|ALI",
                        "Hüseyin|HUSEYIN|HUESEYIN", "Hasan|HASAN|HASSAN", "İbrahim|IBRAHIM", "İsmail|ISMAIL",
                        "Osman|OSMAN", "Yusuf|YUSUF", "Murat|MURAT", "Ömer|OMER|OEMER", "Ramazan|RAMAZAN",
                        "Halil|HALIL", "Süleyman|SULEYMAN|SUELEYMAN", "Emre|EMRE", "Burak|BURAK", "Recep|RECEP|REDZHEP"},
                    new String[] {"Fatma|FATMA", "Ayşe|AYSE|AYSHE", "Emine|EMINE", "Hatice|HATICE", "Zeynep|ZEYNEP|ZEINEP",
                        "Elif|ELIF", "Meryem|MERYEM", "Şerife|SERIFE|SHERIFE", "Sultan|SULTAN", "Zehra|ZEHRA",
                        "Hülya|HULYA|HUELYA", "Özlem|OZLEM|OEZLEM"},
                    null, null, false, null),
            new Culture("georgian", new String[] {"GEO"},
                    new String[] {"ბერიძე|Беридзе|BERIDZE", "კაპანაძე|Капанадзе|KAPANADZE", "გელაშვილი|Гелашвили|GELASHVILI",
                        "მაისურაძე|Маисурадзе|MAISURADZE", "გიორგაძე|Гиоргадзе|GIORGADZE", "ლომიძე|Ломидзе|LOMIDZE",
                        "წიკლაური|Циклаури|TSIKLAURI", "ბოლქვაძე|Болквадзе|BOLKVADZE", "ნოზაძე|Нозадзе|NOZADZE",
                        "ხუციშვილი|Хуцишвили|KHUTSISHVILI|KHUCISHVILI", "შენგელია|Шенгелия|SHENGELIA|SHENGELIYA",
                        "ჯაფარიძე|Джапаридзе|JAPARIDZE|DZHAPARIDZE", "კვარაცხელია|Кварацхелия|KVARATSKHELIA",
                        "მამარდაშვილი|Мамардашвили|MAMARDASHVILI", "ჩხეიძე|Чхеидзе|CHKHEIDZE",
                        "ღლონტი|Глонти|GHLONTI|GLONTI", "ქავთარაძე|Кавтарадзе|KAVTARADZE|QAVTARADZE"},
                    new String[] {"გიორგი|Гиорги|GIORGI", "დავით|Давит|DAVIT", "ნიკოლოზ|Николоз|NIKOLOZ", "ლევან|Леван|LEVAN",
                        "ირაკლი|Ираклий|IRAKLI|IRAKLII", "ზურაბ|Зураб|ZURAB", "გოჩა|Гоча|GOCHA", "თამაზ|Тамаз|TAMAZ",
                        "ლაშა|Лаша|LASHA", "ვახტანგ|Вахтанг|VAKHTANG|VAHTANG", "მამუკა|Мамука|MAMUKA", "ბექა|Бека|BEKA"},
                    new String[] {"ნინო|Нино|NINO", "თამარ|Тамар|TAMAR", "ეკატერინე|Екатерине|EKATERINE",
                        "მარიამ|Мариам|MARIAM", "ნათია|Натия|NATIA|NATIYA", "სალომე|Саломе|SALOME",
                        "ქეთევან|Кетеван|KETEVAN|QETEVAN", "მაკა|Мака|MAKA"},
                    null, null, false, null),
            new Culture("central_asian", new String[] {"UZB", "KAZ", "TJK", "KGZ"},
                    new String[] {"Karimov|Каримов|KARIMOV", "Rahimov|Рахимов|RAKHIMOV|RAHIMOV",
                        "Yusupov|Юсупов|YUSUPOV|IUSUPOV", "Nazarbayev|Назарбаев|NAZARBAYEV|NAZARBAEV",
                        "Tokayev|Токаев|TOKAYEV|TOKAEV", "Rahmonov|Рахмонов|RAKHMONOV|RAHMONOV",
                        "Mirziyoyev|Мирзиёев|MIRZIYOYEV|MIRZIEEV", "Abdullayev|Абдуллаев|ABDULLAYEV|ABDULLAEV",
                        "Ergashev|Эргашев|ERGASHEV|ERGASEV", "Xolmatov|Холматов|KHOLMATOV|XOLMATOV|HOLMATOV",
                        "Qodirov|Кодиров|KODIROV|QODIROV", "Sultanov|Султанов|SULTANOV", "Nurmatov|Нурматов|NURMATOV",
                        "Tursunov|Турсунов|TURSUNOV", "Akhmetov|Ахметов|AKHMETOV|AHMETOV",
                        "Zhaksybekov|Жаксыбеков|ZHAKSYBEKOV|JAKSYBEKOV", "Iskakov|Искаков|ISKAKOV", "Saidov|Саидов|SAIDOV",
                        "Bekmuratov|Бекмуратов|BEKMURATOV"},
                    new String[] {"Sherzod|Шерзод|SHERZOD", "Jasur|Жасур|JASUR|ZHASUR", "Nurlan|Нурлан|NURLAN",
                        "Yerlan|Ерлан|YERLAN|ERLAN", "Dilshod|Дилшод|DILSHOD", "Rustam|Рустам|RUSTAM",
                        "Baxtiyor|Бахтиёр|BAKHTIYOR|BAXTIYOR|BAKHTIER", "Askar|Аскар|ASKAR", "Timur|Тимур|TIMUR",
                        "Farrux|Фаррух|FARRUKH|FARRUX|FARRUH", "Ulugbek|Улугбек|ULUGBEK|ULUGHBEK", "Azamat|Азамат|AZAMAT",
                        "Daniyar|Данияр|DANIYAR|DANIIAR", "Bekzod|Бекзод|BEKZOD"},
                    new String[] {"Dilnoza|Дилноза|DILNOZA", "Gulnara|Гульнара|GULNARA", "Aigerim|Айгерим|AIGERIM|AYGERIM",
                        "Madina|Мадина|MADINA", "Nigora|Нигора|NIGORA", "Zarina|Зарина|ZARINA", "Saule|Сауле|SAULE",
                        "Feruza|Феруза|FERUZA", "Shahnoza|Шахноза|SHAKHNOZA|SHAHNOZA|SHAXNOZA"},
                    "o'g'li|UGLI|OGLI|ULY", "qizi|QIZI|KIZI|KYZY", true, null),
            new Culture("arabic", new String[] {"SAU", "IRQ", "SYR", "EGY", "JOR", "YEM"},
                    new String[] {"الأسد|AL-ASSAD|ALASSAD|AL ASAD", "الحسن|AL-HASSAN|ALHASAN|EL HASSAN",
                        "الخطيب|AL-KHATIB|ALKHATEEB|EL KHATIB", "الزهراني|AL-ZAHRANI|ALZAHRANI",
                        "القحطاني|AL-QAHTANI|ALKAHTANI|AL QAHTANI", "العمري|AL-OMARI|ALOMARI|AL-UMARI", "حداد|HADDAD|HADAD",
                        "منصور|MANSOUR|MANSUR", "حسين|HUSSEIN|HUSSAIN|HUSAYN", "عثمان|OTHMAN|UTHMAN",
                        "ابراهيم|IBRAHIM|EBRAHIM", "سليمان|SULAIMAN|SULEIMAN|SOLIMAN", "الشامي|AL-SHAMI|ALSHAMI|EL SHAMY",
                        "التميمي|AL-TAMIMI|ALTAMIMI|AT-TAMIMI", "الحربي|AL-HARBI|ALHARBI", "ناصر|NASSER|NASER|NASIR",
                        "الجبوري|AL-JUBOURI|ALJUBURI|AL JUBURI", "خليل|KHALIL|KHALEEL"},
                    new String[] {"محمد|MOHAMMED|MUHAMMAD|MOHAMED|MOHAMMAD|MUHAMMED", "أحمد|AHMED|AHMAD", "علي|ALI|ALY",
                        "عمر|OMAR|UMAR", "خالد|KHALED|KHALID", "يوسف|YOUSSEF|YUSUF|YOUSEF", "عبد الله|ABDULLAH|ABDALLAH|ABD ALLAH",
                        "عبد الرحمن|ABDULRAHMAN|ABD AL-RAHMAN|ABDEL RAHMAN|ABDURRAHMAN", "حسن|HASSAN|HASAN",
                        "طارق|TAREK|TARIQ|TARIK", "سعيد|SAEED|SAID", "فيصل|FAISAL|FAYSAL", "ماجد|MAJED|MAJID",
                        "سامي|SAMI|SAMY", "كريم|KARIM|KAREEM", "ياسر|YASSER|YASIR|YASER", "وليد|WALID|WALEED",
                        "مصطفى|MUSTAFA|MOSTAFA"},
                    new String[] {"فاطمة|FATIMA|FATMA|FATEMA", "عائشة|AISHA|AICHA|AYESHA", "مريم|MARYAM|MARIAM",
                        "خديجة|KHADIJA|KHADIJAH", "زينب|ZAINAB|ZEINAB|ZAYNAB", "نور|NOUR|NUR|NOOR", "ليلى|LAILA|LEILA|LAYLA",
                        "سارة|SARA|SARAH", "هدى|HUDA|HODA"},
                    "BIN|BIN|IBN", "BINT|BINT", false, "AL"),
            new Culture("persian", new String[] {"IRN", "AFG"},
                    new String[] {"احمدی|AHMADI|AHMADY", "حسینی|HOSSEINI|HOSEINI|HUSSEINI", "محمدی|MOHAMMADI|MOHAMADI",
                        "رضایی|REZAEI|REZAIE|REZAEE", "کریمی|KARIMI|KARIMY", "موسوی|MOUSAVI|MUSAVI|MOOSAVI",
                        "جعفری|JAFARI|JAFARY|DJAFARI", "رحیمی|RAHIMI", "هاشمی|HASHEMI|HASHIMI", "صادقی|SADEGHI|SADEQI|SADEGI",
                        "قاسمی|GHASEMI|QASEMI|GHASSEMI", "نوری|NOURI|NURI|NOORI", "کاظمی|KAZEMI|KAZEMY",
                        "علیزاده|ALIZADEH|ALIZADE", "حسن‌زاده|HASSANZADEH|HASANZADE", "تهرانی|TEHRANI",
                        "شریفی|SHARIFI|SHARIFY", "اکبری|AKBARI"},
                    new String[] {"علی|ALI", "محمد|MOHAMMAD|MOHAMAD|MUHAMMAD", "حسین|HOSSEIN|HOSEIN|HUSSEIN", "رضا|REZA",
                        "مهدی|MAHDI|MEHDI", "امیر|AMIR", "حمید|HAMID", "مجید|MAJID|MADJID", "سعید|SAEED|SAEID|SAID",
                        "پرویز|PARVIZ|PARWIZ", "فرهاد|FARHAD", "بهروز|BEHROUZ|BEHRUZ", "جواد|JAVAD|DJAVAD",
                        "مسعود|MASOUD|MASUD|MASOOD", "داریوش|DARIUSH|DARYOUSH|DARIOUSH"},
                    new String[] {"فاطمه|FATEMEH|FATEME", "زهرا|ZAHRA", "مریم|MARYAM|MARIAM", "نرگس|NARGES|NARGIS",
                        "شیرین|SHIRIN|SHIREEN", "لیلا|LEILA|LAYLA", "پریسا|PARISA", "مهسا|MAHSA", "نسرین|NASRIN|NASREEN"},
                    null, null, false, null),
            new Culture("european", new String[] {"DEU", "FRA", "ESP", "ITA", "NLD", "POL", "SWE", "GRC", "IRL", "GBR"},
                    new String[] {"Müller|MUELLER|MULLER", "Schröder|SCHROEDER|SCHRODER", "Großmann|GROSSMANN",
                        "Dupont|DUPONT", "Lefèvre|LEFEVRE", "García|GARCIA", "Martínez|MARTINEZ", "Fernández|FERNANDEZ",
                        "Rossi|ROSSI", "Esposito|ESPOSITO", "van der Berg|VAN DER BERG|VANDERBERG",
                        "de Jong|DE JONG|DEJONG", "Kowalski|KOWALSKI|KOVALSKI", "Nowak|NOWAK|NOVAK",
                        "Øvergaard|OEVERGAARD|OVERGAARD", "O'Brien|OBRIEN|O BRIEN", "Smith-Jones|SMITH-JONES|SMITHJONES",
                        "Johansson|JOHANSSON|JOHANSON", "Dubois|DUBOIS", "Schmidt|SCHMIDT", "Wagner|WAGNER",
                        "Becker|BECKER", "Hoffmann|HOFFMANN|HOFMANN", "Lindqvist|LINDQVIST|LINDKVIST",
                        "Παπαδόπουλος|PAPADOPOULOS|PAPADOPULOS"},
                    new String[] {"Jürgen|JUERGEN|JURGEN", "François|FRANCOIS", "José|JOSE", "Giuseppe|GIUSEPPE", "Jan|JAN",
                        "Piotr|PIOTR", "Lars|LARS", "Michael|MICHAEL", "Thomas|THOMAS|TOMAS", "Stefan|STEFAN|STEPHAN",
                        "Peter|PETER", "Andreas|ANDREAS", "Klaus|KLAUS", "Νικόλαος|NIKOLAOS"},
                    new String[] {"Anna|ANNA", "Marie|MARIE", "Sophie|SOPHIE|SOFIE", "María|MARIA", "Giulia|GIULIA",
                        "Katarzyna|KATARZYNA", "Ingrid|INGRID", "Claire|CLAIRE", "Eva|EVA", "Agnieszka|AGNIESZKA", "Zoë|ZOE"},
                    null, null, false, "EU"));

    /** Russian patronymics by father's name (male -OVICH, female -OVNA), native script first. */
    static final String[][] RUSSIAN_PATRONYMICS = {
        {"Александрович|ALEKSANDROVICH", "Александровна|ALEKSANDROVNA"},
        {"Сергеевич|SERGEEVICH|SERGEYEVICH", "Сергеевна|SERGEEVNA|SERGEYEVNA"},
        {"Иванович|IVANOVICH", "Ивановна|IVANOVNA"},
        {"Владимирович|VLADIMIROVICH", "Владимировна|VLADIMIROVNA"},
        {"Николаевич|NIKOLAEVICH|NIKOLAYEVICH", "Николаевна|NIKOLAEVNA|NIKOLAYEVNA"},
        {"Петрович|PETROVICH", "Петровна|PETROVNA"},
        {"Викторович|VIKTOROVICH", "Викторовна|VIKTOROVNA"},
        {"Михайлович|MIKHAILOVICH|MIKHAYLOVICH", "Михайловна|MIKHAILOVNA|MIKHAYLOVNA"},
        {"Юрьевич|IUREVICH|YURYEVICH|YURIEVICH", "Юрьевна|IUREVNA|YURYEVNA"},
        {"Андреевич|ANDREEVICH|ANDREYEVICH", "Андреевна|ANDREEVNA|ANDREYEVNA"}};

    /** Real, different names one letter apart: people confused by a careless match. */
    static final String[][] ONE_LETTER_APART = {
        {"MARAT", "MURAT"}, {"RASHAD", "RASHID"}, {"KAMAL", "KAMIL"}, {"AMIR", "AMIN"}, {"HAMID", "HAMAD"},
        {"NASER", "NADER"}, {"RAMIL", "RAMIZ"}, {"SAMIR", "SAMIN"}, {"ELNUR", "ELNAR"}, {"ANAR", "ANAS"},
        {"TIMUR", "TAMUR"}, {"ZAUR", "ZAKIR"}, {"RUSLAN", "RUSTAM"}, {"FARID", "FARIS"}, {"MAJID", "MAHID"},
        {"IVAN", "IVANA"}, {"OLEG", "OLEK"}, {"SAID", "SAJID"}, {"NADIA", "NADIR"}, {"DANIL", "DANIYAR"}};

    private final Random random;
    private final String split;
    private final List<String> rows = new ArrayList<>();

    private EvaluationSetGenerator(long seed, String split) {
        this.random = new Random(seed);
        this.split = split;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "rules/src/test/resources/names/evaluation.csv");
        Files.writeString(out, generate(Path.of(out.getParent().toString(), "hard_cases.csv")), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    static String generate(Path hardCases) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (EvaluationSetGenerator g : List.of(new EvaluationSetGenerator(1, "tune"), new EvaluationSetGenerator(2, "holdout"))) {
            for (Culture c : CULTURES) {
                g.culture(c);
            }
            for (String r : g.rows) {
                sb.append(r).append('\n');
            }
        }
        int i = 0;
        for (String line : Files.readAllLines(hardCases, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("name1,")) {
                continue;
            }
            sb.append(line).append(',').append(i++ % 2 == 0 ? "tune" : "holdout").append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- people

    private final class Person {
        final Culture c;
        final boolean female;
        final String[] given;
        final String[] middle;
        final String[] surname;
        final String[] father;
        final LocalDate dob;
        final String nationality;

        Person(Culture c, boolean female, String[] given, String[] surname) {
            this.c = c;
            this.female = female;
            this.given = given;
            this.surname = surname;
            this.middle = pick(female ? c.female : c.male).split("\\|");
            this.father = pick(c.male).split("\\|");
            this.dob = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
            this.nationality = pick(c.nationalities);
        }

    }

    private Person person(Culture c) {
        boolean female = random.nextInt(3) == 0;
        return new Person(c, female, pick(female ? c.female : c.male).split("\\|"), pick(c.surnames).split("\\|"));
    }

    private Person withGiven(Person p, String[] given) {
        return new Person(p.c, p.female, given, p.surname);
    }

    private Person withSurname(Person p, String[] surname) {
        return new Person(p.c, p.female, p.given, surname);
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    /** A Latin spelling, or any spelling (native scripts included) when {@code anyScript}. */
    private int spelling(String[] tuple, boolean anyScript) {
        if (anyScript) {
            return random.nextInt(tuple.length);
        }
        int latin = 0;
        for (String t : tuple) {
            latin += latin(t) ? 1 : 0;
        }
        int k = random.nextInt(latin);
        for (int i = 0; i < tuple.length; i++) {
            if (latin(tuple[i]) && k-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no Latin spelling in " + String.join("|", tuple));
    }

    private static boolean latin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch) && ch > 0x24F) {
                return false;
            }
        }
        return true;
    }

    /** Upper case for Latin, Greek and Cyrillic; other scripts as written (Georgian has no case in names). */
    private static String up(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            sb.append(ch < 0x530 ? Character.toUpperCase(ch) : ch);
        }
        return sb.toString();
    }

    private String surnameForm(Person p, String spelled) {
        if (!p.female || !p.c.femaleSurnameForm) {
            return spelled;
        }
        return femaleOf(spelled);
    }

    private static String femaleOf(String s) {
        String u = s;
        char last = u.charAt(u.length() - 1);
        if (last == 'V' || last == 'v' || last == 'в') {
            return u + (Character.isUpperCase(last) ? "A" : last == 'в' ? "а" : "a");
        }
        return u;
    }

    private String patronymic(Person p, boolean anyScript) {
        if ("RU".equals(p.c.maleMarker)) {
            String[] t = RUSSIAN_PATRONYMICS[random.nextInt(RUSSIAN_PATRONYMICS.length)][p.female ? 1 : 0].split("\\|");
            return t[spelling(t, anyScript)];
        }
        String[] marker = (p.female ? p.c.femaleMarker : p.c.maleMarker).split("\\|");
        String father = p.father[spelling(p.father, false)];
        String m = marker[spelling(marker, true)];
        return "BIN".equals(m) || "IBN".equals(m) || "BINT".equals(m) ? m + " " + father : father + " " + m;
    }

    /** Given [middle] surname in one spelling per part. */
    private String render(Person p, int g, int s, boolean withMiddle, int m) {
        StringBuilder sb = new StringBuilder(p.given[g]);
        if (withMiddle) {
            sb.append(' ').append(p.middle[m]);
        }
        sb.append(' ').append(surnameForm(p, p.surname[s]));
        return sb.toString();
    }

    private String dob(LocalDate d) {
        return d.toString();
    }

    private void row(String n1, String n2, String d1, String d2, String nat1, String nat2, boolean label, Culture c, String kind) {
        rows.add(String.join(",", csv(n1), csv(n2), d1, d2, nat1, nat2, Boolean.toString(label), c.name, kind, split));
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Birth dates of a true pair: both, one year-only, one missing, or none. */
    private void truePair(Person p, String n1, String n2, String kind) {
        int r = random.nextInt(10);
        String d1 = dob(p.dob);
        String d2 = dob(p.dob);
        if (r < 2) {
            d2 = Integer.toString(p.dob.getYear());
        } else if (r < 4) {
            d2 = "";
        } else if (r < 5) {
            d1 = "";
            d2 = "";
        }
        String nat2 = random.nextInt(5) == 0 ? "" : p.nationality;
        if (random.nextBoolean()) {
            row(n1, n2, d1, d2, p.nationality, nat2, true, p.c, kind);
        } else {
            row(n2, n1, d2, d1, nat2, p.nationality, true, p.c, kind);
        }
    }

    private void falsePair(Person a, Person b, String n1, String n2, String kind, boolean datesRequired) {
        String d1 = dob(a.dob);
        String d2 = dob(b.dob);
        if (!datesRequired && random.nextInt(10) < 3) {
            if (random.nextBoolean()) {
                d2 = "";
            } else {
                d1 = "";
                d2 = "";
            }
        }
        row(n1, n2, d1, d2, a.nationality, random.nextInt(4) == 0 ? b.nationality : a.nationality, false, a.c, kind);
    }

    // ---------------------------------------------------------------- pairs per culture

    private void culture(Culture c) {
        for (int i = 0; i < 24; i++) {
            translit(c);
        }
        for (int i = 0; i < 10; i++) {
            order(c);
        }
        for (int i = 0; i < 10; i++) {
            patronymicOrMiddle(c);
        }
        for (int i = 0; i < 8; i++) {
            if (c.femaleSurnameForm) {
                femaleForm(c);
            } else {
                translit(c);
            }
        }
        for (int i = 0; i < 5; i++) {
            initials(c);
        }
        for (int i = 0; i < 12; i++) {
            typo(c);
        }
        for (int i = 0; i < 5; i++) {
            if (c.particleStyle != null) {
                particle(c);
            } else {
                translit(c);
            }
        }
        for (int i = 0; i < 5; i++) {
            mrz(c);
        }
        for (int i = 0; i < 20; i++) {
            nearMissGiven(c);
        }
        for (int i = 0; i < 12; i++) {
            nearMissLetter(c);
        }
        for (int i = 0; i < 14; i++) {
            nearMissBirthYear(c);
        }
        for (int i = 0; i < 10; i++) {
            nearMissSurname(c);
        }
    }

    private void translit(Culture c) {
        Person p = person(c);
        for (int attempt = 0; attempt < 10; attempt++) {
            int g1 = spelling(p.given, true);
            int g2 = spelling(p.given, true);
            int s1 = spelling(p.surname, true);
            int s2 = spelling(p.surname, true);
            if (g1 != g2 || s1 != s2) {
                String n1 = render(p, g1, s1, false, 0);
                String n2 = render(p, g2, s2, false, 0);
                if (random.nextInt(3) == 0) {
                    // surname first, as most lists and passports from the region write it
                    n2 = surnameForm(p, p.surname[s2]) + " " + p.given[g2];
                }
                truePair(p, up(n1), up(n2), "translit");
                return;
            }
            p = person(c);
        }
    }

    private void order(Culture c) {
        Person p = person(c);
        int g = spelling(p.given, false);
        int s = spelling(p.surname, false);
        String n1 = up(render(p, g, s, false, 0));
        String n2 = up(surnameForm(p, p.surname[s]) + " " + p.given[g]);
        truePair(p, n1, n2, "order");
    }

    private void patronymicOrMiddle(Culture c) {
        Person p = person(c);
        int g = spelling(p.given, false);
        int s = spelling(p.surname, false);
        String sur = surnameForm(p, p.surname[s]);
        String with;
        String kind;
        if (c.maleMarker != null) {
            String pat = patronymic(p, false);
            if ("RU".equals(c.maleMarker)) {
                with = sur + " " + p.given[g] + " " + pat;
            } else if (pat.startsWith("BIN") || pat.startsWith("IBN")) {
                with = p.given[g] + " " + pat + " " + sur;
            } else {
                with = random.nextBoolean() ? p.given[g] + " " + pat + " " + sur : sur + " " + p.given[g] + " " + pat;
            }
            kind = "patronymic";
        } else {
            with = render(p, g, s, true, spelling(p.middle, false));
            kind = "dropped_middle";
        }
        truePair(p, up(with), up(p.given[g] + " " + sur), kind);
    }

    private void femaleForm(Culture c) {
        Person p;
        do {
            p = person(c);
        } while (!p.female);
        int g = spelling(p.given, false);
        int s = spelling(p.surname, false);
        String male = p.surname[s];
        String female = femaleOf(p.surname[spelling(p.surname, false)]);
        truePair(p, up(p.given[g] + " " + female), up(p.given[g] + " " + male), "female_form");
    }

    private void initials(Culture c) {
        Person p = person(c);
        int g = spelling(p.given, false);
        int s = spelling(p.surname, false);
        String full = up(render(p, g, s, false, 0));
        String init = up(p.given[g].substring(0, 1) + ". " + surnameForm(p, p.surname[s]));
        truePair(p, full, init, "initials");
    }

    private void typo(Culture c) {
        Person p = person(c);
        int g = spelling(p.given, false);
        int s = spelling(p.surname, false);
        String full = up(render(p, g, s, false, 0));
        String[] parts = full.split(" ");
        int k = random.nextInt(parts.length);
        for (int t = 0; t < parts.length && parts[k].length() < 5; t++) {
            k = (k + 1) % parts.length;
        }
        parts[k] = typo(parts[k]);
        truePair(p, full, String.join(" ", parts), "typo");
    }

    private String typo(String w) {
        if (w.length() < 3) {
            return w;
        }
        int i = 1 + random.nextInt(w.length() - 2);
        char x = (char) ('A' + random.nextInt(26));
        switch (random.nextInt(4)) {
            case 0:
                return w.substring(0, i) + x + w.substring(i + 1);
            case 1:
                return w.substring(0, i) + w.substring(i + 1);
            case 2:
                return w.substring(0, i) + x + w.substring(i);
            default:
                return w.substring(0, i - 1) + w.charAt(i) + w.charAt(i - 1) + w.substring(i + 1);
        }
    }

    private void particle(Culture c) {
        Person p;
        String sur;
        do {
            p = person(c);
            sur = up(p.surname[spelling(p.surname, false)]);
        } while (!(sur.startsWith("AL-") || sur.startsWith("AL ") || sur.startsWith("EL ") || sur.startsWith("AT-")
                || sur.startsWith("VAN ") || sur.startsWith("DE ")));
        int cut = sur.indexOf(sur.charAt(2) == '-' || sur.charAt(2) == ' ' ? sur.charAt(2) : ' ');
        String rest = sur.substring(cut + 1);
        String variant = random.nextBoolean() ? rest : sur.substring(0, cut) + rest;
        int g = spelling(p.given, false);
        truePair(p, up(p.given[g] + " " + sur), up(p.given[g] + " " + variant), "particle");
    }

    private void mrz(Culture c) {
        Person p = person(c);
        int g = spelling(p.given, false);
        int s = spelling(p.surname, false);
        String sur = up(surnameForm(p, p.surname[s])).replace(' ', '<').replace('-', '<').replace("'", "");
        String n2 = sur + "<<" + up(p.given[g]).replace(' ', '<');
        truePair(p, up(render(p, g, s, false, 0)), n2, "mrz");
    }

    private void nearMissGiven(Culture c) {
        Person a = person(c);
        Person b;
        do {
            b = withGiven(a, pick(a.female ? c.female : c.male).split("\\|"));
        } while (b.given[0].equals(a.given[0]));
        int s1 = spelling(a.surname, false);
        int s2 = random.nextBoolean() ? s1 : spelling(a.surname, false);
        falsePair(a, b, up(render(a, spelling(a.given, false), s1, false, 0)),
                up(render(b, spelling(b.given, false), s2, false, 0)), "near_miss_given", false);
    }

    private void nearMissLetter(Culture c) {
        Person a = person(c);
        String[] pair = ONE_LETTER_APART[random.nextInt(ONE_LETTER_APART.length)];
        Person x = withGiven(a, new String[] {pair[0]});
        Person y = withGiven(a, new String[] {pair[1]});
        Person b = new Person(c, a.female, y.given, a.surname);
        int s = spelling(a.surname, false);
        falsePair(x, b, up(render(x, 0, s, false, 0)), up(render(b, 0, s, false, 0)), "near_miss_letter", true);
    }

    private void nearMissBirthYear(Culture c) {
        Person a = person(c);
        int g = spelling(a.given, false);
        int s = spelling(a.surname, false);
        String n = up(render(a, g, s, false, 0));
        LocalDate other = a.dob.plusYears((random.nextBoolean() ? 1 : -1) * (2 + random.nextInt(20)))
                .withDayOfMonth(1 + random.nextInt(28));
        row(n, random.nextBoolean() ? n : up(render(a, spelling(a.given, false), spelling(a.surname, false), false, 0)),
                dob(a.dob), dob(other), a.nationality, a.nationality, false, c, "near_miss_birth_year");
    }

    private void nearMissSurname(Culture c) {
        Person a = person(c);
        Person b;
        do {
            b = withSurname(a, pick(c.surnames).split("\\|"));
        } while (b.surname[0].equals(a.surname[0]));
        int g = spelling(a.given, false);
        falsePair(a, b, up(render(a, g, spelling(a.surname, false), false, 0)),
                up(render(b, g, spelling(b.surname, false), false, 0)), "near_miss_surname", false);
    }
}
