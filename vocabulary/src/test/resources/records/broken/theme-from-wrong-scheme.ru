# focus: https://sample-city.example/experiments/solar
# path: https://w3id.org/cailloux/ns#theme
# rule: node
# message-fr: Ce thème n'est pas dans le schéma des thèmes du vocabulaire.
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { ?e cx:theme ?t } ;
INSERT DATA { <https://sample-city.example/experiments/solar> cx:theme <https://w3id.org/cailloux/scheme/statuses/running> }
