# focus: https://sample-city.example/experiments/solar#association-1
# path: http://www.w3.org/ns/prov#hadRole
# rule: node
# message-fr: Chaque acteur impliqué a au moins un rôle pris dans le schéma des rôles d'acteurs.
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { <https://sample-city.example/experiments/solar#association-1> prov:hadRole ?r } ;
INSERT DATA { <https://sample-city.example/experiments/solar#association-1> prov:hadRole <https://w3id.org/cailloux/scheme/themes/culture> }
