using System.Collections.Frozen;

namespace Limber.Dedupe;

/// <summary>A word or phrase that is evidence for a kind of debris, with how much it weighs.</summary>
internal sealed record DebrisTerm(DebrisCategory Category, string[] Words, double Weight)
{
    public string Phrase => string.Join(' ', Words);
}

/// <summary>
/// The vocabulary the debris cues look for, grouped by what it means. Single words are classes (function words, roles,
/// calls to action…); phrases are the page-furniture vocabulary of each kind of debris. Terms are matched on word tokens
/// (lower-cased), so the whole lexicon costs one pass over a passage.
/// </summary>
internal static class DebrisLexicon
{
    private static FrozenSet<string> Set(string words) =>
        words.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>English function words: prose is about half function words, menus and link lists very few.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set("""
        a an the and or but nor so yet if then than that this these those there here of to in on at by for from with without
        into onto over under about after before as is are was were be been being am do does did done has have had having
        it its it's i me my we us our you your he him his she her they them their who whom whose which what when where why how
        not no all any some each every more most much many few such own same other very can could will would shall should
        may might must just also only too up down out off again once both either neither while until because though although
        """);

    public static readonly FrozenSet<string> SecondPerson = Set("you your you're you'll you've you'd yours yourself");

    public static readonly FrozenSet<string> FirstPersonSingular = Set("i i'm i've i'd i'll me my mine myself");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecondPersonLookup = SecondPerson.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Pronouns and determiners that start a sentence but never a person's name.</summary>
    public static readonly FrozenSet<string> NotNames = Set("""
        the a an this that these those it its he she they we you i our my your his her their there here most many some
        each every all any no one what when where why how if in on at for with by from after before as but and or so
        """);

    /// <summary>What people in bios are: a role after "is a", "I'm a", or in an appositive.</summary>
    public static readonly FrozenSet<string> Roles = Set("""
        writer author editor journalist reporter correspondent columnist contributor blogger critic photographer producer
        founder co-founder cofounder creator owner director manager lead consultant analyst engineer developer designer
        scientist researcher professor lecturer fellow teacher instructor educator coach trainer chef cook baker
        doctor physician surgeon nurse practitioner therapist physiotherapist physio chiropractor osteopath dietitian
        dietician nutritionist pharmacist psychologist psychiatrist rheumatologist neurologist orthopedist kinesiologist
        specialist clinician dentist midwife paramedic veterinarian expert strategist advisor adviser economist historian
        """);

    /// <summary>Letters after a name: degrees, licences, certifications.</summary>
    public static readonly FrozenSet<string> Credentials = Set("""
        phd md do dpt pt mpt rd rdn ld ldn cdn rn np pa-c pa cscs msc bsc ba ma ms mph mba ocs scs mcsp cpt nasm-cpt ace-cpt
        ryt ryt-500 ryt-200 dc atc facs frcs frcp mbbs mrcp cns pharmd dnp lcsw lpc psyd hons pn1 pn2 cert dphil mbchb
        """);

    /// <summary>Imperatives that sell: the calls to action of ads.</summary>
    public static readonly FrozenSet<string> CallsToAction = Set("""
        try get join download enroll enrol book call discover shop order buy watch claim grab save stream upgrade visit
        unlock learn meet introducing check sign pre-order preorder reserve subscribe
        """);

    /// <summary>Words that open a request to the reader ("Please enable…", "Leave a comment…", "Become a member…").</summary>
    public static readonly FrozenSet<string> ImperativeOpeners = Set("please thanks thank leave let tell become consider support enter scroll continue read see share follow join sign log subscribe check visit download get try don't look choose");

    public static readonly FrozenSet<string> SocialNetworks = Set("""
        facebook twitter x pinterest linkedin whatsapp instagram reddit tiktok youtube mastodon threads bluesky telegram
        flipboard tumblr messenger email e-mail sms
        """);

    /// <summary>Words of page furniture: what menus, bars and buttons are made of.</summary>
    public static readonly FrozenDictionary<string, DebrisCategory> InterfaceWords = new (DebrisCategory Category, string Words)[]
    {
        (DebrisCategory.Navigation, """
            skip content navigation menu home search share print save saved email read next previous prev related popular
            trending see continue edit page pages article articles post posts story stories recipe recipes jump close expand
            collapse view show hide follow copy link top older newer latest login log sign register tweet pin back main blog
            docs pricing contact careers sitemap github text more
            """),
        (DebrisCategory.Newsletter, "subscribe newsletter unsubscribe"),
        (DebrisCategory.Notice, "comments comment reply loading helpful rate report feedback"),
        (DebrisCategory.Ad, "advertisement sponsored promoted"),
        (DebrisCategory.Cookie, "privacy cookies cookie accept reject customise customize manage preferences choices"),
        (DebrisCategory.Copyright, "terms"),
        (DebrisCategory.Byline, "min"),
    }.SelectMany(g => Set(g.Words).Select(word => (word, g.Category))).ToFrozenDictionary(p => p.word, p => p.Category, StringComparer.Ordinal);

    /// <summary>Labels that open page furniture: "Related:", "Tags:", "In this article", "Sponsored", "Sources:".</summary>
    public static readonly IReadOnlyList<(string Phrase, DebrisCategory Category)> Labels =
    [
        .. Phrases(DebrisCategory.Navigation, """
            more in|more on|more about|what to read next|related|related articles|related posts|related stories|related reading|read next|read more|read this next|up next|next|previous
            next post|previous post|next article|previous article|next story|popular|popular now|popular posts|trending|trending now|most read
            most popular|you may also like|you might also like|more from|more stories|more articles|see also|in this article|in this post
            in this story|on this page|contents|table of contents|jump to|skip to|tags|tagged|filed under|categories|category|topics
            share|share this|share this article|share this post|share this page|share this story|share this recipe|follow us|latest
            recommended|recommended for you|editor's picks|don't miss|pages|page|keep reading|also read|watch next|featured
            """),
        .. Phrases(DebrisCategory.Byline, """
            updated|last updated|updated on|published|published on|posted|posted on|posted by|reviewed by|medically reviewed by
            last reviewed|reviewed on|last modified|date modified|fact checked by|fact-checked by|written by|photo|photos|photograph|image|images|image credit|photo credit|credit|credits
            source|sources|references|originally published|first published
            """),
        .. Phrases(DebrisCategory.Ad, """
            advertisement|ad|ads|sponsored|sponsored content|sponsored post|promoted|promoted content|paid partnership|partner content
            paid post|paid content|brought to you by|presented by|in partnership with|affiliate
            """),
        .. Phrases(DebrisCategory.Disclaimer, "disclaimer|medical disclaimer|affiliate disclosure|disclosure|editorial disclosure"),
        .. Phrases(DebrisCategory.Bio, """
            about the author|about the reviewer|about the writer|about the expert|about me|meet the expert|meet the author|author bio
            our reviewer|our medical reviewer|our expert reviewer
            """),
    ];

    /// <summary>Phrases of notices, bylines, disclaimers and ads anywhere in a passage; each counts once.</summary>
    public static readonly IReadOnlyList<DebrisTerm> Terms =
    [
        .. TermList(DebrisCategory.Newsletter, 0.4, """
            subscribe|subscribed|subscribing|subscriber|subscribers|subscription|newsletter|inbox|sign up|signing up|signed up
            member|members|membership|free articles|unlimited access|keep reading|continue reading|log in to continue
            no spam|first issue|full story|independent journalism|enter your email|your email below|delivered straight
            weekly tips|every friday|every week|every morning|free account|already a subscriber|thanks for subscribing
            thank you for subscribing|thanks for signing up|thank you for signing up|our newsletter|unlock|subscriber-only
            subscribers-only|members-only|member-only|this story|confirmation email|confirm your email|confirm your subscription
            check your email|check your inbox|by email|new posts|unsubscribe anytime|unsubscribe at any time|weekly digest|daily digest|one email|an email every|free stories|stories left|articles left|left this month|every monday|every tuesday|every wednesday|every thursday|every saturday|every sunday
            """),
        .. TermList(DebrisCategory.Cookie, 0.4, """
            cookies|cookie|privacy|consent|personal information|personal data|tracking technologies|our partners|your device
            accept|allow all|accept all|reject all|customise|customize|manage preferences|manage settings|preferences|privacy policy|terms of service
            do not sell|opt out|storing of|site usage|personalise ads|personalize ads|your settings|your privacy|choices
            """),
        .. TermList(DebrisCategory.Notice, 0.4, """
            javascript|enable|browser|does not support|video tag|unavailable|in your country|in your region|not available in|helpful|useful|feedback|let us know
            let me know|rate this|votes|moderated|approval|will not be published|required fields|leave a comment|post comments
            log in or register|discussion|loading comments|still loading|report an error|typo|this page|this article|this post|this recipe|thank you
            comments|comment|be the first|awaiting moderation|moderation|something went wrong|try again|sorry|did this|was this|answer your question|before publication|be kind|be respectful|keep it civil
            """),
        .. TermList(DebrisCategory.Disclaimer, 0.45, """
            not a substitute|medical advice|professional advice|educational purposes|informational purposes|diagnose|cure
            prevent any disease|consult your doctor|consult your physician|consult a doctor|seek the advice|not intended
            financial adviser|financial advisor|investment advice|do your own research|amazon associate|qualifying purchases
            earn a commission|earn from|commission|affiliate links|affiliate link|food and drug administration|results may vary
            not guaranteed|individual results|at no extra cost|through our links|independently review|exercise program
            exercise programme|any exercise|does not replace|not a replacement|should not replace|no substitute|we may receive
            we may earn|may earn|small fee|small commission|links to retailers|retailer links|your own doctor|medical professional
            healthcare provider|health care provider|qualified professional|qualified health|talk to your doctor|speak to your doctor
            your own situation|not medical advice|past performance|future results|capital at risk|your capital is at risk|not financial advice|not investment advice|go down as well as up|time of publishing|time of publication|time of writing|subject to change|may change
            general in nature|should not be taken as|not be construed|does not constitute|financial advice|legal advice|tax advice
            before starting a new|before starting any|before beginning any|before beginning a new
            """),
        .. TermList(DebrisCategory.Ad, 0.45, """
            free trial|risk-free|cancel anytime|money-back|guarantee|full refund|introductory price|early-bird|lifetime access
            one low price|limited time|per month|plans start|free shipping|free video|free e-book|free ebook|free consultation
            discovery call|app store|google play|check price|on amazon|same-day appointments|shop the look|this week only
            get a free|for free|free gift|new members|members only|for just|offer ends|offer expires|for the price of|financing available|ships free|free returns|order yours|order now
            """),
        .. TermList(DebrisCategory.Disclaimer, 0.6, "not been evaluated|not been reviewed by"),
        .. TermList(DebrisCategory.Cookie, 0.6, "use cookies|uses cookies|we use cookies"),
        .. TermList(DebrisCategory.Cookie, 0.3, "this site|this website|our site|our website"),
        .. TermList(DebrisCategory.Ad, 1.0, "sponsored by|is sponsored|paid partnership|promoted by|in partnership with"),
        .. TermList(DebrisCategory.Byline, 0.45, "min read|minute read|minutes ago|hours ago|days ago|editorial team|by admin|fact checked|fact-checked|reviewed by|written by"),
        .. TermList(DebrisCategory.Copyright, 0.6, "all rights reserved|terms of use|terms & conditions|terms and conditions|cookie settings|sitemap|accessibility"),
    ];

    public static readonly FrozenSet<string> Months = Set("""
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        """);

    private static IEnumerable<(string, DebrisCategory)> Phrases(DebrisCategory category, string phrases) =>
        phrases.Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => (p, category));

    private static IEnumerable<DebrisTerm> TermList(DebrisCategory category, double weight, string phrases) =>
        Phrases(category, phrases).Select(p => new DebrisTerm(category, p.Item1.Split(' '), weight));

    /// <summary>Terms by their first word, for the one-pass match.</summary>
    public static readonly FrozenDictionary<string, DebrisTerm[]> TermsByFirstWord =
        Terms.GroupBy(t => t.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Labels by their first word, longest first.</summary>
    public static readonly FrozenDictionary<string, (string[] Words, DebrisCategory Category)[]> LabelsByFirstWord =
        Labels.GroupBy(l => l.Phrase.Split(' ')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(l => (l.Phrase.Split(' '), l.Category)).OrderByDescending(l => l.Item1.Length).ToArray(), StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CredentialLookup = Credentials.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CallsToActionLookup = CallsToAction.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SocialNetworkLookup = SocialNetworks.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, DebrisCategory>.AlternateLookup<ReadOnlySpan<char>> InterfaceLookup = InterfaceWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ImperativeOpenerLookup = ImperativeOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, (string[] Words, DebrisCategory Category)[]>.AlternateLookup<ReadOnlySpan<char>> LabelsByFirstWordLookup = LabelsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, DebrisTerm[]>.AlternateLookup<ReadOnlySpan<char>> TermsByFirstWordLookup = TermsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word of the lexicon with the classes it belongs to: one look-up per word of a passage.</summary>
    public static readonly Dictionary<string, WordClass> Classes = ClassesOfWords();

    public static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> ClassLookup = Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest word with a class: longer words need no look-up.</summary>
    public static readonly int LongestClassedWord = Classes.Keys.Max(k => k.Length);

    private static Dictionary<string, WordClass> ClassesOfWords()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordClass c)
        {
            foreach (var word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | c;
            }
        }

        Add(FunctionWords, WordClass.Function);
        Add(SecondPerson, WordClass.SecondPerson);
        Add(Roles, WordClass.Role);
        Add(Credentials, WordClass.Credential);
        Add(CallsToAction, WordClass.CallToAction);
        Add(ImperativeOpeners, WordClass.ImperativeOpener);
        Add(SocialNetworks, WordClass.SocialNetwork);
        Add(InterfaceWords.Keys, WordClass.Interface);
        Add(Months, WordClass.Month);
        Add(TermsByFirstWord.Keys, WordClass.TermStart);
        Add(LabelsByFirstWord.Keys, WordClass.LabelStart);
        return classes;
    }
}
