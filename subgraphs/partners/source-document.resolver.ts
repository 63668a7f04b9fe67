import { Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { SOURCE_DOCUMENTS } from "../kit/sources.js";

@ObjectType({ description: "A document the seed data is drawn from." })
export class SourceDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: "File name in the project's shared seeds folder." })
  file!: string;
}

@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  @Query(() => [SourceDocument], {
    description: "The documents facts in this graph are cited from.",
  })
  sourceDocuments(): SourceDocument[] {
    return SOURCE_DOCUMENTS.map((doc) => ({ ...doc }));
  }
}
