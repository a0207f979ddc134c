import { Arg, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ProvinceModel, RegencyModel } from './province.model';
import { referenceData } from './reference.service';

/** Provinces and regencies are public reference data: no sign-in needed. */
@Resolver(() => ProvinceModel)
export class ProvinceResolver {
  @Query(() => [ProvinceModel], { description: 'All 38 provinces, by Kemendagri code.' })
  provinces(): ProvinceModel[] {
    return referenceData().provinces;
  }

  @Query(() => ProvinceModel, { nullable: true })
  province(@Arg('code', () => String) code: string): ProvinceModel | null {
    return referenceData().province(code.trim());
  }

  @FieldResolver(() => [RegencyModel])
  regencies(@Root() province: ProvinceModel): RegencyModel[] {
    return referenceData().regenciesOf(province.code);
  }
}

@Resolver(() => RegencyModel)
export class RegencyResolver {
  @FieldResolver(() => ProvinceModel)
  province(@Root() regency: RegencyModel): ProvinceModel {
    return referenceData().province(regency.provinceCode)!;
  }
}
