package org.w3id.cailloux.bench;

import java.util.List;

/** The French (and some English) words and phrases the generator draws its texts from. */
final class WordLists {

    /** Heads of titles, French then English. */
    static final List<String[]> HEADS = List.of(
            new String[] {"Jardin partagé", "Shared garden"},
            new String[] {"Atelier de réparation", "Repair workshop"},
            new String[] {"Conseil citoyen", "Citizens' council"},
            new String[] {"Budget participatif", "Participatory budget"},
            new String[] {"Cantine bio", "Organic canteen"},
            new String[] {"Coopérative solaire", "Solar cooperative"},
            new String[] {"Marché de producteurs", "Farmers' market"},
            new String[] {"Ressourcerie", "Reuse centre"},
            new String[] {"Fête de quartier", "Neighbourhood festival"},
            new String[] {"Chantier participatif", "Participatory building site"},
            new String[] {"Maison du projet", "Project house"},
            new String[] {"Potager pédagogique", "Teaching vegetable garden"},
            new String[] {"Verger collectif", "Community orchard"},
            new String[] {"Repair café", "Repair café"},
            new String[] {"Monnaie locale", "Local currency"},
            new String[] {"Balade urbaine", "Urban walk"},
            new String[] {"Compostage collectif", "Community composting"},
            new String[] {"Friche culturelle", "Cultural wasteland"},
            new String[] {"Écoquartier", "Eco-district"},
            new String[] {"Autoréhabilitation accompagnée", "Assisted self-renovation"},
            new String[] {"Covoiturage solidaire", "Solidarity car-sharing"},
            new String[] {"Forum des associations", "Associations' forum"},
            new String[] {"Récit de territoire", "Territory story"},
            new String[] {"Parcours de mémoire", "Memory trail"},
            new String[] {"Projet fifty-fifty", "Fifty-fifty project"},
            new String[] {"Visite apprenante", "Learning visit"});

    static final List<String> COMPLEMENTS = List.of(
            "des habitants", "pour les jeunes", "intergénérationnel", "en circuit court", "zéro déchet",
            "avec les écoles", "des aînés", "solidaire", "autour du terril", "de la cité minière",
            "des familles", "au fil des saisons", "et citoyen", "de proximité");

    static final List<String> PLACES = List.of(
            "des Oiseaux", "Bellevue", "du Moulin", "Saint-Pierre", "des Tilleuls", "de la Gare", "du 11/19",
            "Jules-Ferry", "Pasteur", "des Fleurs", "du Marais", "de la Fosse 15", "des Provinces", "du Centre");

    static final List<String> ACTORS = List.of(
            "la mairie", "un collectif d'habitants", "le centre social", "l'association de quartier",
            "les agents des espaces verts", "le conseil municipal des jeunes", "une coopérative locale",
            "l'école élémentaire", "les bénévoles du jardin", "le bailleur social");

    static final List<String> GOALS = List.of(
            "rendre les habitants acteurs de leur quartier", "réduire la facture énergétique des ménages",
            "relocaliser une partie de l'alimentation", "recréer du lien entre les générations",
            "préserver la biodiversité ordinaire", "valoriser la mémoire minière",
            "donner le droit à l'erreur aux porteurs de projets", "partager les décisions sur l'espace public",
            "former les habitants à l'écoconstruction", "ouvrir l'action publique comme un commun");

    static final List<String> SENTENCES = List.of(
            "Les premières réunions ont rassemblé une trentaine de personnes.",
            "Le projet s'est construit pas à pas, au rythme des saisons.",
            "Les habitants ont proposé eux-mêmes les règles de fonctionnement.",
            "Une convention lie la commune et les porteurs du projet.",
            "Les agents municipaux ont accompagné sans décider à la place des habitants.",
            "Le bilan est présenté chaque année lors d'une soirée ouverte à tous.",
            "Des villes voisines sont venues observer la démarche.",
            "La démarche s'appuie sur les savoir-faire des anciens mineurs.",
            "Les enfants des écoles ont participé aux plantations.",
            "Le financement a été partagé à parts égales entre la commune et les habitants.",
            "Une fête a marqué la fin de la première étape.",
            "Les difficultés rencontrées ont été discutées sans chercher de coupable.");

    static final List<String> NARRATIVE_TITLES = List.of(
            "Comment tout a commencé", "Le récit des habitants", "Une histoire de quartier",
            "Ce que nous avons appris", "Du rêve aux petites victoires");

    static final List<String> MEANS = List.of(
            "Subvention de la commune", "Temps de deux agents municipaux", "Heures de bénévolat des habitants",
            "Partenariat avec le centre social", "Outils et matériel prêtés", "Local mis à disposition");

    static final List<String> EFFECTS = List.of(
            "Les habitants se sentent plus en confiance avec la mairie.", "De nouveaux bénévoles se sont engagés.",
            "La consommation d'énergie du quartier a baissé.", "Les repas servis sont désormais bio et locaux.",
            "Des liens se sont noués entre voisins qui ne se parlaient pas.",
            "Les participants ont pris confiance dans leur capacité d'agir.",
            "Quelques tensions sont apparues autour de l'usage de l'espace.");

    static final List<String> SUCCESSES = List.of(
            "Partir d'un moment festif a permis de toucher des habitants éloignés des réunions.",
            "Le partage des coûts a responsabilisé chacun.", "Le droit à l'erreur a libéré les initiatives.");

    static final List<String> LIMITS = List.of(
            "La mobilisation s'essouffle après la première année.", "Les jeunes restent difficiles à associer.",
            "Le suivi demande plus de temps d'agent que prévu.");

    static final List<String> MILESTONES = List.of(
            "Première réunion publique", "Inauguration", "Signature de la convention", "Premier bilan partagé",
            "Ouverture au public", "Extension à un second quartier", "Première récolte", "Visite d'une ville voisine");

    private WordLists() {}
}
