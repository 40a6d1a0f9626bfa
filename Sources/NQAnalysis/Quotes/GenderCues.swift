/// What a name or a title says of a person's gender, for "he" and "she": a given name most often borne
/// by women or by men ("Sarah Jones", "Tom Reyes"), or a title or a word for a relation that says it
/// ("spokeswoman", "Mr", "her husband"). Only a clear cue counts; everything else says nothing, so a
/// pronoun is never kept from an antecedent on a guess. Words are data, written by hand; names borne
/// by women and men alike in some language (Andrea, Jean, Nicola, Kim, Robin, Sam …) are in neither
/// list.
enum GenderCues {
    enum Gender { case female, male }

    static let femaleNames = WordSet([
        "Abigail", "Agnieszka", "Aisha", "Alice", "Alicia", "Alison", "Amanda", "Amber", "Amelia", "Amina", "Amy", "Ana", "Anastasia",
        "Angela", "Angelina", "Anja", "Ann", "Anna", "Annalena", "Anne", "Annie", "Aoife", "Ashley", "Astrid", "Audrey", "Ayşe",
        "Barbara", "Beata", "Beatriz", "Beatrice", "Becky", "Beth", "Betty", "Beverly", "Brenda", "Bridget", "Brigitte", "Brittany",
        "Camila", "Carmen", "Carol", "Carolina", "Caroline", "Carolyn", "Carrie", "Catherine", "Celine", "Céline", "Chantal",
        "Charlotte", "Cheryl", "Chiara", "Chimamanda", "Chloe", "Christina", "Christine", "Claire", "Claudia", "Cynthia", "Daisy",
        "Daniela", "Danielle", "Deborah", "Debra", "Denise", "Diana", "Diane", "Dilma", "Dolores", "Donna", "Doris", "Dorothy",
        "Eleanor", "Elena", "Eleni", "Elizabeth", "Ellen", "Ellie", "Emily", "Emine", "Emma", "Erin", "Eva", "Evelyn", "Fatima",
        "Fatma", "Fernanda", "Fiona", "Frances", "Francesca", "Gabriela", "Gabrielle", "Giorgia", "Giulia", "Gloria", "Grace",
        "Greta", "Hannah", "Heather", "Heidi", "Helen", "Helena", "Hillary", "Indira", "Ingrid", "Irene", "Irina", "Isabel",
        "Isabella", "Isabelle", "Jacinda", "Jacqueline", "Jane", "Janet", "Janice", "Jelena", "Jennifer", "Jessica", "Joan",
        "Joanna", "Joanne", "Josephine", "Joyce", "Judith", "Judy", "Julia", "Julie", "Kamala", "Karen", "Katarzyna", "Kate",
        "Katherine", "Kathleen", "Kathryn", "Katie", "Kayla", "Keiko", "Kirsten", "Kyrsten", "Laura", "Lauren", "Layla", "Leila",
        "Linda", "Lisa", "Louise", "Lucia", "Lucía", "Lucy", "Lydia", "Magdalena", "Małgorzata", "Margaret", "Maria", "Mariam",
        "Marie", "Marilyn", "Marina", "Marine", "Marta", "Martha", "Mary", "Megan", "Melania", "Melissa", "Mette", "Mia",
        "Michelle", "Monica", "Monika", "Nadia", "Nancy", "Naomi", "Natalia", "Natalie", "Natasha", "Nathalie", "Ngozi", "Niamh",
        "Nicole", "Nina", "Nirmala", "Olga", "Olivia", "Pamela", "Patricia", "Paula", "Petra", "Pilar", "Priya", "Priyanka",
        "Rachel", "Rebecca", "Rosa", "Rose", "Ruth", "Sabine", "Sally", "Samantha", "Sandra", "Sanna", "Sara", "Sarah", "Ségolène",
        "Sharon", "Shirley", "Siobhan", "Sofia", "Sonia", "Sophia", "Sophie", "Stacey", "Stephanie", "Susan", "Svetlana", "Sylvia",
        "Tatiana", "Teresa", "Theresa", "Tina", "Tulsi", "Ursula", "Valentina", "Valeria", "Valérie", "Vanessa", "Victoria",
        "Virginia", "Wendy", "Yasmin", "Yulia", "Yuko", "Yuriko", "Zainab", "Zeynep", "Zoe",
    ])

    static let maleNames = WordSet([
        "Aaron", "Abdul", "Abraham", "Adam", "Adrian", "Ahmed", "Ahmet", "Alan", "Albert", "Alberto", "Alejandro", "Alexander",
        "Alexei", "Alexey", "Ali", "Andrei", "Andrew", "Andrzej", "Andrés", "Anthony", "Antonio", "Arthur", "Barack", "Ben",
        "Benjamin", "Bernard", "Bernie", "Bill", "Billy", "Bob", "Boris", "Brad", "Brandon", "Brian", "Bruce", "Carl", "Carlos",
        "Charles", "Charlie", "Chris", "Christopher", "Chuck", "Colin", "Craig", "Dan", "Daniel", "David", "Dennis", "Dmitri",
        "Dmitry", "Donald", "Douglas", "Dylan", "Ed", "Edward", "Elon", "Emmanuel", "Eric", "Erik", "Ethan", "Fernando", "Francesco",
        "Francisco", "François", "Frank", "Fred", "Friedrich", "Gary", "George", "Gerald", "Giorgio", "Giuseppe", "Gordon", "Greg",
        "Gregory", "Hans", "Harold", "Harry", "Hassan", "Henry", "Hugo", "Ian", "Ibrahim", "Igor", "Imran", "Ivan", "Jack", "Jacob",
        "Jacques", "Jair", "James", "Jarosław", "Jason", "Javier", "Jeff", "Jeffrey", "Jens", "Jeremy", "Jerry", "Jim", "Joachim",
        "Joe", "John", "Jonathan", "Jorge", "Jose", "José", "Joseph", "Josh", "Joshua", "Juan", "Justin", "Karl", "Keir", "Keith",
        "Kenneth", "Kevin", "Khalid", "Kyle", "Larry", "Lars", "Lawrence", "Leo", "Liam", "Louis", "Luis", "Luiz", "Luke", "Magnus",
        "Marco", "Mario", "Mark", "Martin", "Matteo", "Matthew", "Mehmet", "Michael", "Miguel", "Mike", "Mikhail", "Mitch",
        "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Mustafa", "Narendra", "Nathan", "Nicholas", "Nick", "Nigel", "Nikolai",
        "Noah", "Olaf", "Omar", "Oscar", "Pablo", "Patrick", "Paul", "Pedro", "Peter", "Philip", "Pierre", "Piotr", "Rafael",
        "Ralph", "Rand", "Raymond", "Recep", "Richard", "Ricardo", "Rishi", "Robert", "Roberto", "Rodrigo", "Roger", "Ronald",
        "Roy", "Russell", "Ryan", "Sadiq", "Samuel", "Scott", "Sean", "Sebastian", "Sergei", "Sergey", "Shinzo", "Silvio", "Simon",
        "Stefan", "Stephen", "Steve", "Steven", "Ted", "Thomas", "Tim", "Timothy", "Tom", "Tomasz", "Tony", "Tyler", "Victor",
        "Viktor", "Vincent", "Vladimir", "Volodymyr", "Walter", "Wayne", "William", "Wolfgang", "Xavier", "Yusuf", "Yuri",
        "Zachary",
    ])

    /// Titles and words for relations, in lower case.
    static let femaleWords = WordSet(["mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "duchess",
                                      "empress", "baroness", "mother", "wife", "daughter", "sister", "aunt", "grandmother",
                                      "niece", "girlfriend", "widow", "spokeswoman", "chairwoman", "congresswoman",
                                      "assemblywoman", "businesswoman", "policewoman", "actress", "woman", "girl", "mum", "mom"])
    static let maleWords = WordSet(["mr", "mr.", "sir", "lord", "king", "prince", "duke", "emperor", "baron", "father", "husband",
                                    "son", "brother", "uncle", "grandfather", "nephew", "boyfriend", "widower", "spokesman",
                                    "chairman", "congressman", "assemblyman", "businessman", "policeman", "actor", "man", "boy",
                                    "dad"])

    /// The gender a resolved speaker's name or role says, if any (its first name, or a title or a
    /// relation among the words of its role or of a description).
    static func gender(of speaker: String, role: String?) -> Gender? {
        let words = speaker.split(separator: " ")
        if let first = words.first {
            let f = String(first)
            if femaleNames.contains(f) { return .female }
            if maleNames.contains(f) { return .male }
        }
        for w in (role.map { $0.split(separator: " ") } ?? []) + words {
            let lower = w.lowercased()
            if femaleWords.contains(lower) { return .female }
            if maleWords.contains(lower) { return .male }
        }
        return nil
    }
}
